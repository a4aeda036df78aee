// Parameters are separated by commas.
package main

func f(a int b int) {}

func main() {}