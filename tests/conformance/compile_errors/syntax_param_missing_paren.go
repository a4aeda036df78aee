// A parameter list needs its closing parenthesis.
package main

func f(a, b int {
}

func main() {}