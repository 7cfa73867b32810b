using Cpd.Portal.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCpdPortal();
builder.AddCpdPlanning();

var app = builder.Build();
var problems = await StartupProblems.FindAsync(app.Services, app.Lifetime.ApplicationStopping);
if (problems.Count > 0)
{
    await StartupProblems.WriteAsync(problems, Console.Error);
    return 1;
}

app.UseCpdPortal();
await app.RunAsync();
return 0;
