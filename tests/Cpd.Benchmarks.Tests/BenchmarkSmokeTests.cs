using System.Reflection;
using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks;
using Cpd.Benchmarks.Support;

namespace Cpd.Benchmarks.Tests;

/// <summary>
/// Proves that every benchmark runs: each class is set up on small data, each benchmark method is called
/// once for every parameter value, and the class is cleaned up. No time is measured or asserted here. The
/// PostgreSQL classes need the server CPD_TEST_POSTGRES names; without it they fail and say how to start one.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    public static TheoryData<string> BenchmarkClasses => new(
        typeof(SaveAnswerBenchmarks).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.IsDefined(typeof(BenchmarkAttribute))))
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public async Task Benchmark_OnSmallData_RunsEveryMethod(string className)
    {
        BenchmarkSizes.Smoke = true;
        var type = typeof(SaveAnswerBenchmarks).Assembly.GetTypes().Single(t => t.Name == className);
        var parameters = type.GetProperties().Where(p => p.IsDefined(typeof(ParamsAttribute))).ToList();
        var values = parameters.Count == 0
            ? [null]
            : parameters[0].GetCustomAttribute<ParamsAttribute>()!.Values.ToList();

        foreach (var value in values)
        {
            var instance = Activator.CreateInstance(type)!;
            parameters.FirstOrDefault()?.SetValue(instance, value);
            await RunAsync(instance);
        }
    }

    private static async Task RunAsync(object instance)
    {
        var methods = instance.GetType().GetMethods();
        Invoke<GlobalSetupAttribute>(instance, methods);
        try
        {
            foreach (var benchmark in methods.Where(m => m.IsDefined(typeof(BenchmarkAttribute))))
            {
                for (var run = 0; run < 2; run++)
                {
                    if (Call(benchmark, instance) is Task task)
                    {
                        await task;
                    }
                }
            }
        }
        finally
        {
            Invoke<GlobalCleanupAttribute>(instance, methods);
        }
    }

    private static void Invoke<TAttribute>(object instance, IEnumerable<MethodInfo> methods)
        where TAttribute : Attribute
    {
        foreach (var method in methods.Where(m => m.IsDefined(typeof(TAttribute))))
        {
            Call(method, instance);
        }
    }

    // Unwrapped, so that a failure reads as the benchmark's own exception, such as how to start a server.
    private static object? Call(MethodInfo method, object instance) =>
        method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
}
