// nil has no type: `x := nil` and `var x = nil` are refused; a typed nil is fine.
package main

import "fmt"

func main() {
	ch := nil
	var err = nil
	var done chan struct{} = nil
	results, errs := []int{}, nil
	fmt.Println(ch, err, done, results, errs)
}
