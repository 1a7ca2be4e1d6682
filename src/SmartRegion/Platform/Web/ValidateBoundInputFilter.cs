using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SmartRegion.Platform.Web;

/// <summary>
/// A form posted without any of its fields binds nothing, and MVC then validates nothing: the page would say
/// only what a handler checks by hand. This filter validates every bound input object that received no value,
/// so that an empty post lists every missing field like a half-filled one does.
/// </summary>
internal sealed class ValidateBoundInputFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && context.HandlerInstance is PageModel page)
        {
            foreach (var property in page.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<BindPropertyAttribute>() is null || property.PropertyType.IsValueType || property.PropertyType == typeof(string))
                {
                    continue;
                }

                var prefix = property.Name;
                var bound = context.ModelState.Keys.Any(key => key.StartsWith(prefix + ".", StringComparison.Ordinal));
                if (!bound && property.GetValue(page) is { } value && value is not IFormFile)
                {
                    page.TryValidateModel(value, prefix);
                }
            }
        }

        await next();
    }
}
