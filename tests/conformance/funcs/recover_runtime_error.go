// A recovered runtime error is an error value whose message starts with "runtime error:".
package main

import "fmt"

func catch(f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("error:", err)
		} else {
			fmt.Println("not an error:", r)
		}
	}()
	f()
}

func main() {
	catch(func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	catch(func() {
		var m map[string]int
		m["a"] = 1
	})
	catch(func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	})
	catch(func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	catch(func() {
		s := make([]int, 2, 4)
		lo, hi := 3, 1
		fmt.Println(s[lo:hi])
	})
	catch(func() {
		var i interface{} = "str"
		fmt.Println(i.(int))
	})
	catch(func() { panic("plain") })
}
