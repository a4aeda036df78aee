// A case needs a colon before its statements.
package main

func main() {
	switch x {
	case 1
		println()
	}
}