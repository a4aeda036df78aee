// break and continue outside a loop, and an undefined label.
package main

func main() {
	break
	for {
		continue missing
	}
}
