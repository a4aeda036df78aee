// switch: expression switch with several values per case, tagless switch, init statement,
// fallthrough, break inside switch, default anywhere.
package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for _, day := range []string{"sat", "mon", "sun", "xyz"} {
		switch day {
		default:
			fmt.Println(day, "unknown")
		case "sat", "sun":
			fmt.Println(day, "weekend")
		case "mon":
			fmt.Println(day, "weekday")
		}
	}
	fmt.Println(kind(-3), kind(0), kind(4), kind(7))

	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}

	switch n := 5; {
	case n > 3:
		if n == 5 {
			fmt.Println("break out of switch")
			break
		}
		fmt.Println("not printed")
	}
}
