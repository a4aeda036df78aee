// A package variable whose initialisation depends on itself, through another variable and a
// function: "initialization loop" with the path.
package main

var a = b + 1
var b = f()

func f() int { return a }

func main() { println(a, b) }
