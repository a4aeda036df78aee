// A student forgets an import: a type from that package names an undefined package, as a call does.
package main

import "fmt"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	d := time.Duration(5)
	fmt.Println(mu, wg, d, strings.ToUpper("x"))
}
