// A function's opening brace must be on the line of its signature.
package main

import "fmt"

func main()
{
	fmt.Println("hi")
}
