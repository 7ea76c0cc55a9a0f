namespace SalesOps.Sdk.Planning;

/// <summary>The inverse of the standard normal distribution function.</summary>
/// <remarks>
/// Wichura's algorithm AS 241 (PPND16), Applied Statistics 37(3), 1988, pp. 477–484: rational approximations in
/// three regions with a relative error of about 1e-16 (a few units in the last place of a double), without a refinement step.
/// </remarks>
internal static class StandardNormal
{
    private const double Split1 = 0.425;
    private const double Split2 = 5.0;
    private const double Const1 = 0.180625;
    private const double Const2 = 1.6;

    // Coefficients of AS 241, lowest degree first.
    private static ReadOnlySpan<double> A =>
    [
        3.3871328727963666080e+0, 1.3314166789178437745e+2, 1.9715909503065514427e+3, 1.3731693765509461125e+4,
        4.5921953931549871457e+4, 6.7265770927008700853e+4, 3.3430575583588128105e+4, 2.5090809287301226727e+3,
    ];

    private static ReadOnlySpan<double> B =>
    [
        1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
        2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4, 5.2264952788528545610e+3,
    ];

    private static ReadOnlySpan<double> C =>
    [
        1.42343711074968357734e+0, 4.63033784615654529590e+0, 5.76949722146069140550e+0, 3.64784832476320460504e+0,
        1.27045825245236838258e+0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4,
    ];

    private static ReadOnlySpan<double> D =>
    [
        1.0, 2.05319162663775882187e+0, 1.67638483018380384940e+0, 6.89767334985100004550e-1,
        1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9,
    ];

    private static ReadOnlySpan<double> E =>
    [
        6.65790464350110377720e+0, 5.46378491116411436990e+0, 1.78482653991729133580e+0, 2.96560571828504891230e-1,
        2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
    ];

    private static ReadOnlySpan<double> F =>
    [
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
        7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15,
    ];

    /// <summary>The z with Φ(z) = <paramref name="probability"/>, for 0 &lt; probability &lt; 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The probability is not strictly between 0 and 1 (or is NaN).</exception>
    public static double InverseCdf(double probability)
    {
        if (!(probability > 0.0 && probability < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability should be in the open range (0, 1).");
        }

        double q = probability - 0.5;
        if (Math.Abs(q) <= Split1)
        {
            double r = Const1 - (q * q);
            return q * Horner(A, r) / Horner(B, r);
        }

        double s = Math.Sqrt(-Math.Log(q < 0 ? probability : 1.0 - probability));
        double value = s <= Split2
            ? Horner(C, s - Const2) / Horner(D, s - Const2)
            : Horner(E, s - Split2) / Horner(F, s - Split2);
        return q < 0 ? -value : value;
    }

    private static double Horner(ReadOnlySpan<double> coefficients, double x)
    {
        double sum = coefficients[^1];
        for (int i = coefficients.Length - 2; i >= 0; i--)
        {
            sum = (sum * x) + coefficients[i];
        }

        return sum;
    }
}
