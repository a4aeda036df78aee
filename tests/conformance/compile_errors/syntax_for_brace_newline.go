// The opening brace of a for loop must be on the same line as the loop header.
package main

func main() {
	for i := 0; i < 3; i++
	{
	}
}