// Assigning a string to an int field and a non-bool condition.
package main

import "fmt"

type user struct {
	age int
}

func main() {
	u := user{age: "ten"}
	if u.age {
		fmt.Println(u)
	}
}
