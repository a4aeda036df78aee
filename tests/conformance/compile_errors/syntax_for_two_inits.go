// A for clause has one init statement; two comma-separated short declarations are not Go.
package main

func main() {
	for i := 0, j := 0; i < 3; i++ {
	}
}