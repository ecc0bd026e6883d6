using PlanPress;

Warmup.Start();
return await Cli.RunAsync(args, Console.Out, Console.Error, PlanPress.Reporting.Terminal.Current).ConfigureAwait(false);
