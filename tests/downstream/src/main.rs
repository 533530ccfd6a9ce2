//! Uses the library with no features: parse, bind and evaluate a target, and judge the outlook.

use plan_targets::outlook::{Outlook, QuantifiedInput, quantified_outlook};
use plan_targets::{Context, Direction, IndicatorSpec, Policy, Series, Status, bind, evaluate};
use rust_decimal::Decimal;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = "≥82.3".parse()?;
    let bound = bind(&target, &IndicatorSpec::default(), &Policy::default())?;
    let (series, _) = Series::parse("2020=78.99,2024=79.95")?;
    let assessment = evaluate(&bound, &series, &Context::default());
    assert_eq!(assessment.status, Status::NotMet);

    let outlook = quantified_outlook(
        &QuantifiedInput {
            baseline: Some((2020, "78.99".parse::<Decimal>()?)),
            current: Some((2024, "79.95".parse::<Decimal>()?)),
            target: "82.3".parse()?,
            direction: Direction::Higher,
            target_year: Some(2030),
            met: false,
        },
        &Policy::default(),
    );
    assert_eq!(outlook.outlook, Outlook::AccelerationNeeded);
    println!("{}: {}", assessment.status, assessment.explanation);
    Ok(())
}
