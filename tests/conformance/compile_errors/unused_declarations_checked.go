// Package-level declarations are checked even when nothing uses them.
package main

const x int = "a"

var y int = "b"

type T struct{ f undefinedT }

func f(a undefinedA) {}

func main() {
	const z = 1 / 0
}
