// A leading zero makes an octal literal: 8 is no octal digit.
package main

func main() {
	x := 08
}
