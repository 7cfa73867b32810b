using Cpd.Console;
using NodaTime;

#pragma warning disable RS0030 // The host's composition root is the one place that chooses the real clock.
var clock = SystemClock.Instance;
#pragma warning restore RS0030

return await CpdConsoleApp.RunAsync(args, Console.Out, Console.Error, clock);
