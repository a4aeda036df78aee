// Sprintf builds strings used later; argument indexes %[1]d; * width from an argument.
package main

import "fmt"

func main() {
	s := fmt.Sprintf("%s-%03d", "id", 7)
	fmt.Println(s, len(s))
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("[%*d] [%-*d]\n", 5, 42, 4, 7)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	row := fmt.Sprintf("%-10s|%6.2f|%4d", "apples", 1.5, 12)
	fmt.Println(row)
	row = fmt.Sprintf("%-10s|%6.2f|%4d", "kiwi", 12.25, 3)
	fmt.Println(row)
}
