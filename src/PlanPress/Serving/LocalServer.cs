using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PlanPress.Serving;

/// <summary>
/// Kestrel on 127.0.0.1 alone, over HTTP/1.1 and without logging: how serve shows the site and how
/// the accessibility check shows a built folder to a browser on this machine.
/// </summary>
internal static class LocalServer
{
    /// <param name="port">The port to listen on; 0 lets the system choose one.</param>
    public static WebApplication Create(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1));
        return builder.Build();
    }

    /// <summary>The address a started server listens on, with the port the system chose when asked for port 0.</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
}
