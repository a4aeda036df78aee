// Sprint and Print add a space between operands only when neither side is a string; Sprintln always
// adds spaces and a newline.
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "s", struct{}{}))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1))
	fmt.Print("p", 1, 2, "q\n")
	fmt.Print(3, 4, "\n")
	fmt.Print(nil, nil, "\n")
}
