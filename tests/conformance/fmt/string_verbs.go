// String verbs: %s %q %v %x %X with widths %8s %-8s| and precision %.3s; %q of []string; %q escaping.
package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Printf("[%s] [%8s] [%-8s] [%.3s] [%8.3s]\n", s, s, s, s, s)
	fmt.Printf("[%q] [%v] [%x] [%X] [% x]\n", s, s, s, s, "hi")
	fmt.Printf("%q\n", []string{"a", "b c", `d"e`})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q %q %q\n", "tab\t", "new\nline", "é😀")
	fmt.Printf("%+q %#q\n", "é", "back`tick")
	fmt.Printf("%-26s|%s\n", "left aligned", "next")
	fmt.Printf("%5s|%-5s|\n", "世界", "世界")
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("ab"))
}
