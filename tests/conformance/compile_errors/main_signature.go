// func main takes no arguments and returns nothing; init likewise.
package main

func init() int { return 0 }

func main() int {
	return 0
}
