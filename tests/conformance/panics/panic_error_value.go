// exit: 2
// panic with an error value prints its Error() text (a custom type's too), after the
// panicking goroutine's deferred calls ran.
package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	Key  string
	Line int
}

func (e *ConfigError) Error() string { return fmt.Sprintf("config: bad key %q at line %d", e.Key, e.Line) }

func load() error { return &ConfigError{"timeout", 12} }

func main() {
	defer fmt.Println("deferred in main runs")
	if err := load(); err != nil {
		fmt.Fprintln(os.Stderr, "loading failed")
		panic(err)
	}
}
