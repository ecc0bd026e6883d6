using PlanPress.Import.Sources;

namespace PlanPress.Import.Tests.Sources;

public sealed class ShareLinkTests
{
    [Theory]
    [InlineData("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit?usp=sharing", "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/export?format=xlsx")]
    [InlineData("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit#gid=0", "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/export?format=xlsx")]
    [InlineData("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/view?resourcekey=0-AbC&usp=sharing", "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/export?format=xlsx&resourcekey=0-AbC")]
    [InlineData("https://docs.google.com/spreadsheets/d/e/2PACX-1vQabcdefghijkl/pubhtml", "https://docs.google.com/spreadsheets/d/e/2PACX-1vQabcdefghijkl/pub?output=xlsx")]
    [InlineData("https://contoso.sharepoint.com/:x:/s/Plans/EbC1aBcD?e=xYz123", "https://contoso.sharepoint.com/:x:/s/Plans/EbC1aBcD?e=xYz123&download=1")]
    [InlineData("https://1drv.ms/x/s!AkxFh0", "https://api.onedrive.com/v1.0/shares/u!aHR0cHM6Ly8xZHJ2Lm1zL3gvcyFBa3hGaDA/root/content")]
    [InlineData("https://onedrive.live.com/edit.aspx?cid=ABC&resid=ABC%21101", "https://onedrive.live.com/download?cid=ABC&resid=ABC%21101")]
    [InlineData("https://www.dropbox.com/s/abc123/calendar.xlsx?dl=0", "https://www.dropbox.com/s/abc123/calendar.xlsx?dl=1")]
    public void A_link_as_the_share_dialog_gives_it_becomes_the_files_download_address(string pasted, string download)
    {
        var (url, said) = ShareLink.Download(new Uri(pasted));

        Assert.Equal(download, url.AbsoluteUri);
        Assert.NotNull(said);
    }

    [Theory]
    [InlineData("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/export?format=xlsx")]
    [InlineData("https://contoso.sharepoint.com/:x:/s/Plans/EbC1aBcD?e=xYz123&download=1")]
    [InlineData("https://example.org/plans/calendar.xlsx")]
    public void A_download_address_is_kept_as_it_is_without_a_note(string address)
    {
        var (url, said) = ShareLink.Download(new Uri(address));

        Assert.Equal(address, url.AbsoluteUri);
        Assert.Null(said);
    }
}
