using Cpd.Portal.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCpdPortal();
builder.AddCpdPlanning();

var app = builder.Build();
app.UseCpdPortal();
await app.RunAsync();
