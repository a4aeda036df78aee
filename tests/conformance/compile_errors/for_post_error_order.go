// Go checks a for loop's post statement before its body, and a statement's function literals
// after the rest of it: with more than ten errors, that decides where the list stops.
package main

func main() {
	undefined1()
	undefined2()
	undefined3()
	undefined4()
	undefined5()
	undefined6()
	undefined7()
	undefined8()
	for i := 0; i < 3; i += "x" {
		undefinedBody()
	}
	defer func() {
		undefinedDeferred()
	}()
	for j := 0; j < 3; j++ {
		undefinedAfter()
	}
}
