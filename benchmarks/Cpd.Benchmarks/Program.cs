using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line, e.g. `--filter '*'` for all; see docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
