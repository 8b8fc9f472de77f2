/**
 * A short job post for the build's code-cache recording run (scripts/bundle-cli.ts), so the cache
 * holds the job-post reader's functions too, as `ats check --job` runs them: a made-up employer,
 * written for this purpose, with the parts a post has (title line, about, duties, requirements,
 * nice-to-haves, benefits).
 */
export const SAMPLE_JOB_POST = `Senior Backend Engineer - Payments
Example Corp, Springfield (Remote)

About Example Corp
Example Corp builds billing software for small businesses.

What you'll do
- Design and build REST APIs in Go or Python (e.g. Django, FastAPI)
- Own services on AWS, deployed with Docker and Kubernetes
- Work closely with product managers and designers

Requirements
- 5+ years of backend development experience
- Strong SQL skills (PostgreSQL or MySQL)
- Experience with message queues such as Kafka or RabbitMQ
- Excellent communication skills

Nice to have
- Terraform, GitHub Actions

Benefits
Health insurance, 25 days of paid leave. Example Corp is an equal opportunity employer.
`;
