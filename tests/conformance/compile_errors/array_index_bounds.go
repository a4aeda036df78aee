// Constant indexes are checked against an array's length and against being negative.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[5])
	fmt.Println(arr[-1])
	s := []int{1, 2}
	fmt.Println(s[-2])
	fmt.Println(arr[1:4])
	fmt.Println("abc"[3])
	fmt.Println(arr[1.5])
	fmt.Println(s[2:1])
}
