// UTF-8 text in string literals and comments: 你好，世界 🎉
package main

import "fmt"

func main() {
	greeting := "你好，世界"
	party := "🎉 done"
	fmt.Println(greeting)
	fmt.Println(party)
	fmt.Println(len(greeting), len(party))
	// Identifiers may use Unicode letters too.
	größe := 3
	fmt.Println("größe =", größe)
}
