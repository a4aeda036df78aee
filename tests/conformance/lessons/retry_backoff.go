package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"time"
)

// Retrying a flaky call with exponential backoff and jitter from a seeded generator, giving up
// when the context's deadline would pass before the next try; permanent errors are not retried.
var ErrTemporary = errors.New("temporary failure")
var ErrPermanent = errors.New("permanent failure")

type flaky struct {
	failures int
	calls    int
	kind     error
}

func (f *flaky) Call() error {
	f.calls++
	if f.calls <= f.failures {
		return fmt.Errorf("call %d: %w", f.calls, f.kind)
	}
	return nil
}

func Retry(ctx context.Context, rng *rand.Rand, base time.Duration, op func() error) (int, error) {
	delay := base
	for attempt := 1; ; attempt++ {
		err := op()
		if err == nil {
			return attempt, nil
		}
		if !errors.Is(err, ErrTemporary) {
			return attempt, fmt.Errorf("giving up: %w", err)
		}
		jitter := time.Duration(rng.Int63n(int64(delay) / 2))
		wait := delay + jitter
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return attempt, fmt.Errorf("no time for attempt %d: %w", attempt+1, err)
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return attempt, ctx.Err()
		}
		delay *= 2
	}
}

func main() {
	rng := rand.New(rand.NewSource(7))
	for _, f := range []*flaky{{2, 0, ErrTemporary}, {10, 0, ErrTemporary}, {1, 0, ErrPermanent}, {0, 0, nil}} {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		start := time.Now()
		n, err := Retry(ctx, rng, 20*time.Millisecond, f.Call)
		cancel()
		fmt.Printf("attempts=%d err=%v\n", n, err)
		fmt.Println("  permanent:", errors.Is(err, ErrPermanent), "temporary:", errors.Is(err, ErrTemporary),
			"fast:", time.Since(start) < 500*time.Millisecond)
	}
	fmt.Println(rng.Intn(100), rng.Float64() < 1, rand.New(rand.NewSource(7)).Int63n(1000))
}
