// Go has no while: the loop is written for condition { }.
package main

func main() {
	while true {
	}
}