// The common functions of package strings.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World, Go  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "World"), strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "Go"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Index(t, "xyz"))
	fmt.Printf("%q\n", strings.Split(t, ", "))
	fmt.Printf("%q\n", strings.Fields(" a  b c "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "b"))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyzc"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Title("hello world"), strings.Compare("a", "b"))
}
