// exit: 2
// panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("load config: %w", errors.New("file missing"))
	panic(err)
}
