// A for loop without condition terminates a function only if nothing breaks out of it.
package main

func find(xs []int, want int) int {
	for i := 0; ; i++ {
		if xs[i] == want {
			break
		}
	}
}

func loop() int {
	for {
	}
}

func main() {
	println(find([]int{1, 2}, 2), loop())
}
