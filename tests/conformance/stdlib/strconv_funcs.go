// strconv: Itoa, Atoi (with its error text), ParseInt, ParseFloat, ParseBool, FormatInt, Quote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45) + "!")
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	n, err = strconv.Atoi("")
	fmt.Println(n, err)
	n, err = strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	f, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.Quote("hi\n\"x\""))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatBool(false))
}
