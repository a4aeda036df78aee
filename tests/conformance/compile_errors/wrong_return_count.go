// Returning too many or too few values.
package main

func one() int {
	return 1, 2
}

func two() (int, error) {
	return 1
}

func main() {
	one()
	two()
}
