using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Ladok.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Ladok.Benchmarks.CoursesQueryBenchmark).Assembly).Run(args);
