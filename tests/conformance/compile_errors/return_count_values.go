// Return statements with too many or too few values, also from a call.
package main

import "strconv"

func none() {
	return 1
}

func pair() (int, error) {
	return strconv.Atoi("1"), nil
}

func one() int {
	return strconv.Atoi("2")
}

func three() (int, string, bool) {
	return 1, "a"
}

func main() {
	none()
	pair()
	one()
	three()
}
