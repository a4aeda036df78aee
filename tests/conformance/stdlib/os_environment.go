package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
)

// Environment variables (Go by Example's "Environment Variables" and more): Setenv, Getenv,
// LookupEnv, Unsetenv, Environ, ExpandEnv/Expand, and Setenv's error for a bad key.
func main() {
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("BAR_NOT_SET_ANYWHERE"))
	v, ok := os.LookupEnv("FOO")
	fmt.Println(v, ok)
	os.Setenv("FOO", "2")
	os.Setenv("GOROSCOPE_TEST_EMPTY", "")
	v, ok = os.LookupEnv("GOROSCOPE_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	found := 0
	for _, kv := range os.Environ() {
		pair := strings.SplitN(kv, "=", 2)
		if pair[0] == "FOO" {
			fmt.Println("in Environ:", kv)
			found++
		}
	}
	fmt.Println("found once:", found == 1)
	os.Unsetenv("FOO")
	_, ok = os.LookupEnv("FOO")
	fmt.Println("after Unsetenv:", ok)
	os.Setenv("NAME", "gopher")
	os.Setenv("N", "3")
	fmt.Println(os.ExpandEnv("hello $NAME, you have ${N} messages$ $ ${} ${NAME"))
	fmt.Println(os.Expand("$1 and $* and ${x}y $$", func(s string) string { return "<" + s + ">" }))
	err := os.Setenv("", "x")
	fmt.Println(err, errors.Is(err, syscall.EINVAL))
	err = os.Setenv("A=B", "x")
	var se *os.SyscallError
	fmt.Println(errors.As(err, &se), se.Syscall)
}
