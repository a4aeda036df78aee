// A rune literal holds one character; the malformed literal is reported and skipped.
package main

func main() {
	x := 'ab'
}
