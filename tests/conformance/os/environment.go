// The environment: Setenv/Getenv/LookupEnv/Unsetenv, Environ, and $var expansion.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	_, had := os.LookupEnv("GOROSCOPE_LESSON_VAR")
	fmt.Println("set before:", had)
	if err := os.Setenv("GOROSCOPE_LESSON_VAR", "workers=4"); err != nil {
		fmt.Println(err)
	}
	v, ok := os.LookupEnv("GOROSCOPE_LESSON_VAR")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GOROSCOPE_LESSON_VAR"))
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOROSCOPE_LESSON_VAR=") {
			found++
			fmt.Println("environ has", kv)
		}
	}
	fmt.Println(found)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.ExpandEnv("cfg: $GOROSCOPE_LESSON_VAR, ${GOROSCOPE_LESSON_VAR}!"))
	vars := map[string]string{"name": "gopher", "n": "3", "1": "first"}
	get := func(k string) string { return "<" + vars[k] + ">" }
	for _, s := range []string{"hi $name", "${name}s", "$n$n", "cost $5 and $1", "a $ b", "bad ${} here", "open ${name", "$", "x$", "${1}"} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, get))
	}
	os.Unsetenv("GOROSCOPE_LESSON_VAR")
	_, ok = os.LookupEnv("GOROSCOPE_LESSON_VAR")
	fmt.Println("after unset:", ok, os.Getenv("GOROSCOPE_LESSON_VAR") == "")
}
