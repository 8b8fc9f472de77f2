import { describe, expect, it } from 'vitest';
import { readJobPostText } from '../src/analysis/pipeline.js';
import type { JobPost } from '../src/jobs/types.js';

/**
 * Realistic job posts in the shapes people paste them: LinkedIn, Indeed, Greenhouse / Lever /
 * Workday pages, markdown, emoji headings, no headings, hard-wrapped email, Amazon-style
 * qualifications. Written for these tests (no real company's post is copied); the facts asserted
 * are ones a person can check by reading the post.
 */

const EEO = `We are an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status. If you need a reasonable accommodation during the application process, please contact accommodations@example.com.`;

const BENEFITS = `- Competitive salary and equity package
- Medical, dental and vision insurance
- 401(k) with 4% match
- Unlimited PTO and 16 weeks of parental leave
- $1,500 annual learning stipend (Coursera, O'Reilly, conferences)
- Home office budget for a standing desk and a monitor`;

const POSTS: Record<string, string> = {
  linkedin: `Senior Backend Engineer
Northwind Payments · San Francisco, CA · Remote
Reposted 2 weeks ago · Over 100 applicants
$160K/yr - $200K/yr Remote Full-time
Skills: Go, PostgreSQL, +8 more

About the job
Northwind Payments moves money for 40,000 small businesses. Our payments platform handles card authorization, settlement and fraud detection for millions of transactions a day.

As a Senior Backend Engineer on the Payments Core team, you will design and operate the services that authorize and settle payments, improve fraud detection, and make our ledger more reliable.

What you'll do
- Build and operate Go services that process payments and settlement
- Own the ledger service and its PostgreSQL schema
- Improve observability of payments flows with Prometheus and Grafana
- Partner with risk to ship fraud detection features

What we're looking for
- 5+ years of professional backend engineering experience
- Strong Go (Golang) skills; Python is fine too
- Production experience with PostgreSQL and Kafka
- Experience running services on Kubernetes in AWS or GCP

Nice to have
- Experience with payments, card networks or ledgers
- Familiarity with Terraform

Benefits
${BENEFITS}

${EEO}

Show more
Show less`,

  greenhouse: `Job Title: Staff Data Engineer
Company: Bluefin Analytics
Location: Austin, TX (Hybrid)
Job ID: R-10482
Employment Type: Full-time

Apply now

Who we are
Bluefin Analytics was founded 20 years ago and helps retailers forecast demand. We have 300 employees across 4 offices and we love dogs.

The role
You will lead the design of our batch and streaming data pipelines, own data quality for forecasting models, and mentor four data engineers.

Requirements:
- Minimum of 7 years of experience in data engineering
- Expert SQL and Python
- Apache Spark, Airflow and dbt in production
- Snowflake or BigQuery
- Experience with data modeling for analytics

Preferred Qualifications:
- Experience with Kafka or Kinesis streaming
- Databricks
- Retail or supply chain domain knowledge

Compensation: The salary range for this position is $170,000 - $210,000 plus bonus and equity.

${EEO}

Apply for this job`,

  markdown: `# Frontend Engineer (React) at Lumen Health

Lumen Health is building a patient portal that hospitals actually like. We're hiring a Frontend Engineer to join our product engineering team.

## What you'll do
* Build accessible, fast React interfaces for patients and clinicians
* Work with designers on our component library in Storybook
* Write tests with Vitest or Jest and end-to-end tests in Playwright

## What you'll need
* 3-5 years of experience building web applications
* TypeScript, React and modern CSS
* Experience with accessibility (WCAG 2.1 AA)
* Experience consuming REST or GraphQL APIs

## Nice-to-haves
* Next.js
* Healthcare experience (HIPAA)

## Benefits
${BENEFITS}

## Equal opportunity
${EEO}`,

  bold: `**Machine Learning Engineer, Recommendations**

**About Streamly**
Streamly is a music streaming service with 12 million listeners. We use Kubernetes, Go and Java across the company.

**The role**
You will build the recommendation models behind Streamly's home feed, from feature pipelines to online serving and A/B testing.

**Requirements**
- 2 to 4 years of industry experience building machine learning systems
- Python, PyTorch or TensorFlow
- Experience with recommender systems and ranking
- SQL and experience with large datasets in Spark

**Bonus points**
- Experience with feature stores or MLflow
- Publications in recommender systems or information retrieval

**Perks**
${BENEFITS}`,

  allcaps: `DEVOPS ENGINEER
Harbor Logistics - Rotterdam, Netherlands

ABOUT HARBOR LOGISTICS
Harbor Logistics runs container terminals in 6 ports. We were founded in 1998 and employ 2,000 people.

RESPONSIBILITIES
- Maintain CI/CD pipelines in GitLab CI
- Manage infrastructure as code with Terraform and Ansible
- Operate Kubernetes clusters on Azure
- On-call rotation for terminal operating systems

REQUIREMENTS
- At least five years of experience in DevOps or SRE roles
- Linux administration, Bash scripting
- Terraform, Kubernetes, Helm
- Experience with monitoring using Prometheus

NICE TO HAVE
- Azure certifications
- Python

WHAT WE OFFER
- A 2-year contract with the option of a permanent position
- 30 vacation days, pension plan, health insurance`,

  emoji: `🚀 Product Engineer (Full-stack) — Tidepool

Tidepool is hiring a Product Engineer to help small clinics run their schedules.

🛠️ What you'll do
- Ship features end-to-end across our Ruby on Rails backend and React frontend
- Talk to customers every week and turn feedback into product improvements
- Own scheduling and billing features

✅ What we're looking for
- 4+ years shipping web products
- Ruby on Rails and PostgreSQL
- React and TypeScript

✨ Bonus points
- Experience with Stripe billing
- Experience in healthcare SaaS

💰 Compensation & benefits
${BENEFITS}

🌍 ${EEO}`,

  noHeadings: `Acme Robotics is hiring a Senior Embedded Software Engineer to work on motor control firmware for our warehouse robots. You will write C and C++ for ARM Cortex-M microcontrollers, bring up new boards, and debug hardware with oscilloscopes and logic analyzers. We are looking for someone with 6+ years of embedded experience, comfortable with FreeRTOS or Zephyr, CAN bus and SPI/I2C. Python for test tooling is a plus. The salary range is $150,000 - $185,000 and we offer relocation.`,

  hardWrapped: `Hi all,

Sharing a role on my team in case anyone is interested. We're looking for a
Site Reliability Engineer at Quarry Cloud. Quarry runs managed databases for
about 5,000 customers.

You'd be working on our control plane, which is written in Go and runs on
Kubernetes in AWS. Day to day you'll improve observability, reduce toil,
handle incidents and write postmortems.

What we need: minimum of 3 years of experience in SRE or production
operations, solid Linux and networking fundamentals, Go or Python, and
hands-on experience with Kubernetes and Terraform. Experience with
PostgreSQL internals would be a big plus.

Reply to this email or ping me on Slack if you want to chat.

Thanks,
Dana`,

  amazon: `Software Development Engineer II, Fulfillment Technologies
Job ID: 2648211 | Amazon.com Services LLC

DESCRIPTION
Fulfillment Technologies builds the software that runs Amazon's fulfillment centers. As an SDE II you will design and build distributed systems that route millions of packages a day.

Key job responsibilities
- Design, build and operate highly available distributed services in Java on AWS
- Mentor junior engineers and review code and designs

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of experience designing or architecting new and existing systems (design patterns, reliability and scaling)
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- 3+ years of full software development life cycle experience, including coding standards, code reviews, source control management, build processes, testing, and operations
- Bachelor's degree in computer science or equivalent
- Experience with DynamoDB and SQS

Amazon is committed to a diverse and inclusive workplace. Amazon is an equal opportunity employer and does not discriminate on the basis of race, national origin, gender, gender identity, sexual orientation, protected veteran status, disability, age, or other legally protected status.

Our compensation reflects the cost of labor across several US geographic markets. The base pay for this position ranges from $129,300/year in our lowest geographic market up to $223,600/year in our highest geographic market.`,

  fitIf: `Staff Platform Engineer
Orbital Labs — Remote (US)

About Orbital
Orbital builds satellite imagery APIs used by farmers and insurers.

You might be a fit if
- You have 8+ yrs building backend infrastructure
- You've run Kubernetes in production at scale
- You write Go or Rust
- You care about developer experience and internal platforms

You'll stand out if
- You've built an internal developer platform
- You know Envoy or Istio

Salary: $190,000 - $230,000 USD. Visa sponsorship is available.`,

  indeed: `Data Analyst
Cobalt Insurance
Hartford, CT 06103
$75,000 - $90,000 a year - Full-time

Job details
Pay: $75,000 - $90,000 a year
Job type: Full-time
Shift and schedule: Monday to Friday

Full job description
Cobalt Insurance is seeking a Data Analyst to support our claims analytics team.

Responsibilities:
- Build dashboards in Tableau for claims and underwriting leaders
- Write SQL against our Snowflake warehouse
- Analyze claims trends and loss ratios and present findings

Qualifications:
- Bachelor's degree in Statistics, Economics or a related field
- Two (2) years of experience in data analysis
- Advanced Excel, SQL
- Tableau or Power BI
- Python or R is preferred

Benefits:
- 401(k)
- Dental insurance
- Health insurance
- Paid time off

Work Location: Hybrid remote in Hartford, CT 06103`,

  workday: `Senior QA Automation Engineer
locations: Toronto, ON
time type: Full time
posted on: Posted 3 Days Ago
job requisition id: JR-2024-118

Company Overview
Maplewood Financial is a Canadian bank founded 150 years ago, serving 3 million customers.

Position Overview
We are looking for a Senior QA Automation Engineer to own test automation for our mobile banking apps.

Key Responsibilities
• Design and maintain automation frameworks with Selenium, Appium and Cypress
• Build API tests with Postman and REST Assured
• Run performance tests with JMeter

Required Skills and Experience
• Five (5) years of experience in software quality assurance
• Strong Java or JavaScript
• Experience with Jenkins pipelines
• ISTQB certification is a plus

Maplewood Financial is committed to providing accommodations for applicants with disabilities.`,

  inlineMarkers: `Backend Developer (Node.js)
Pinecrest Media

We need a backend developer to build APIs for our publishing platform.

Requirements
- 2+ years with Node.js and Express
- MongoDB or PostgreSQL
- Docker
- Experience with Redis (preferred)
- GraphQL is a plus
- Ideally some exposure to AWS Lambda
- Nice to have: Elasticsearch

We offer a salary of $90,000 - $110,000 and a 4-day week.`,

  companyDash: `Acme — Staff Engineer, Search

Acme is the marketplace for used industrial equipment. Join Acme's search team to rebuild how buyers find machines.

What you'll do
- Lead the redesign of search ranking and relevance
- Build indexing pipelines on Elasticsearch
- Work with product on search quality metrics

Requirements
- 10+ yrs of software engineering experience
- Deep experience with Elasticsearch or OpenSearch
- Java or Kotlin
- Experience with search relevance and ranking

Equal opportunity: ${EEO}`,

  aboutCompany: `About Fernway

Fernway makes accounting software for nonprofits. We are a team of 45 people, fully remote since 2016.

Fernway is hiring a Full Stack Developer.

What you'll work on
- Our Django backend and Vue.js frontend
- Reporting features for grant accounting
- Integrations with banks via Plaid

Must-haves
- 3+ years of professional experience with Python and Django
- Vue.js or React
- PostgreSQL

Nice-to-haves
- Accounting or fintech background
- Celery

Visa: we cannot sponsor visas for this role. Candidates must be authorized to work in the US or Canada.`,

  hiringAt: `We're hiring: Senior iOS Engineer at Kitebird

Kitebird makes a travel planning app used by 2M travelers.

In this role you'll own our iOS app written in Swift and SwiftUI, improve app performance, and work on offline sync.

Who you are:
- 5 years of iOS development experience
- Expert in Swift, UIKit and SwiftUI
- Experience with Core Data or Realm
- You've shipped apps to the App Store

Bonus:
- Kotlin / Android experience
- Fastlane

Our benefits include health insurance, dental, a yearly team retreat and a $2,000 travel credit.`,

  lever: `Kestrel Security
Security Engineer, Detection & Response
San Francisco / Remote
Security – Engineering / Full-time / Remote

Kestrel Security protects 800 companies from account takeover. Our detection team writes the rules and builds the pipelines that catch attackers.

What you'll do:
Build detection pipelines that process security logs from cloud providers
Write detections and respond to incidents alongside our SOC
Automate threat hunting with Python

What you'll bring:
4-6 years of experience in security engineering or incident response
Experience with a SIEM such as Splunk or Elastic
Python
Knowledge of AWS security (IAM, CloudTrail, GuardDuty)

Bonus points:
Experience with threat modeling
Contributions to open source detection rules

Kestrel Security is proud to be an equal opportunity employer.
Apply for this job`,

  yearsRange: `Junior Data Scientist
Brightline Energy

Brightline Energy forecasts electricity demand for utilities.

Responsibilities
- Build forecasting models for electricity demand
- Work with time series data from smart meters

Requirements
- 1-2 years of experience with Python and pandas
- Experience with scikit-learn
- Statistics and time series forecasting

Preferred
- Experience with XGBoost
- Experience in energy markets`,

  salaryOnly: `Mobile Engineer (React Native)
Gridline

We're a 20-person startup building a field service app. We have 12 years of combined experience in field service.

Requirements
- Experience with React Native and TypeScript
- Published apps in the App Store and Google Play
- Experience with Redux

This is a 6-month contract-to-hire at $70 - $85/hour.`,
  linkedinNew: `Northwind Payments logo
Northwind Payments
Share
Show more options
Payments Risk Analyst
San Francisco, CA · Reposted 2 weeks ago · Over 100 applicants
Hybrid Full-time

About the job
Northwind Payments protects merchants from fraud. As a Payments Risk Analyst you will investigate fraud patterns, tune fraud detection rules and report chargeback trends to leadership.

Responsibilities
- Monitor chargebacks and fraud detection alerts every day
- Write SQL to investigate fraud patterns across merchants
- Build Looker dashboards on chargeback rates and fraud losses

Qualifications
- 2+ years in fraud, risk or payments operations
- SQL
- Excel or Google Sheets

Show more
Show less`,

  notExperience: `Senior Site Reliability Engineer
Cedar Grid

Cedar Grid was founded 25 years ago and has run the regional power exchange for over 15 years. Over the next 3 years we will move every workload to the cloud.

This is a 2-year contract with the possibility of extension. You must be 18 years or older.

Requirements
- Kubernetes and Terraform on AWS
- Python or Go

Benefits
- 25 days of vacation and a pension`,

  longObservability: `Careers at Signalbox

Senior Software Engineer, Observability Platform
Signalbox · London, United Kingdom (Hybrid)

About the job

Signalbox is the observability platform for engineering teams who run critical systems. Every day we ingest more than 4 trillion metrics, logs and traces from 9,000 customers, and our query engine answers dashboards and alerts in milliseconds. The Observability Platform team owns ingestion, storage and querying of telemetry data.

We are looking for a Senior Software Engineer to join the Observability Platform team. You will work on our time series storage engine, our trace ingestion pipeline and our alerting service. You will care about latency, cost per ingested byte and correctness of alert evaluation.

What you'll do
- Design and build the next version of our time series storage engine, focused on compression and query latency
- Scale trace ingestion to handle bursts of millions of spans per second
- Improve alert evaluation so alerts fire within seconds of a threshold breach
- Reduce storage costs through downsampling, retention policies and tiered storage
- Lead design reviews, write design docs and mentor other engineers on the team
- Take part in the on-call rotation for ingestion and alerting services

What we're looking for
- 6+ years of experience building backend systems, with at least 2 years on storage engines, databases or streaming systems
- Strong programming skills in Go, Rust or C++
- Deep understanding of time series data, compression and indexing
- Experience with Kafka or another distributed log
- Experience operating services on Kubernetes
- Good communication skills and the ability to work with teams across time zones

Nice to have
- Experience with OpenTelemetry, Prometheus or ClickHouse
- Contributions to open source observability projects
- Experience with columnar storage formats such as Parquet

What we offer
- Salary: £95,000 - £120,000 + equity
- 28 days holiday plus bank holidays
- Private health insurance, dental and a pension with 6% employer contribution
- £1,000 learning budget and a home office stipend
- Hybrid working: two days a week in our London office

Signalbox is an equal opportunity employer. We welcome applications from people of all backgrounds and do not discriminate on the basis of race, religion, gender, sexual orientation, age or disability. If you need adjustments during the hiring process, tell us and we will make them.`,

  requiredPreferredInline: `Position: Cloud Security Engineer
Company: Hollow Pine Bank
Location: Charlotte, NC

Summary
Hollow Pine Bank is seeking a Cloud Security Engineer to secure our AWS and Azure environments.

Qualifications
Required: 5 years of information security experience; AWS security services (IAM, KMS, GuardDuty); Terraform; Python.
Preferred: CISSP or CCSP; experience with Wiz or Prisma Cloud; Kubernetes security.

This position requires the ability to obtain a Public Trust clearance.`,

  anyOf: `Cloud Engineer - Remote

Driftwood is hiring a Cloud Engineer to run our multi-region platform.

Requirements
- 3+ years of experience with at least one of: AWS, GCP, Azure
- Infrastructure as code with Terraform and/or Pulumi
- Java/Kotlin or Python for tooling
- Kubernetes

Nice to have
- Experience with Datadog, New Relic, or Grafana`,

  teamAfterDash: `Senior Software Engineer (Backend) - Payments | Remote (EU)

About Ferrocarril
Ferrocarril sells train tickets in 14 countries.

What you'll do?
- Own the payments service written in Kotlin
- Process refunds for $2B in ticket sales per year with Kafka

What are we looking for?
- 5+ years of experience with Kotlin or Java
- Experience with PostgreSQL

Why join us?
- Remote-first, with a yearly offsite in Lisbon`,
marketing: `Growth Marketing Manager
Lantern Books · New York, NY (Hybrid)

About the role
Lantern Books is an online bookstore for independent publishers. As Growth Marketing Manager you will own paid acquisition, lifecycle email and referral programs. You will run experiments on landing pages, manage a paid acquisition budget, and report on customer acquisition cost and retention.

Responsibilities
1. Plan and run paid acquisition campaigns on Google Ads and Meta
2. Own lifecycle email campaigns in HubSpot
3. Design landing page experiments and analyse results in Google Analytics
4. Report weekly on customer acquisition cost, conversion rate and retention

Requirements
1. 4+ years in growth or performance marketing
2. Hands-on experience with Google Ads, Meta Ads and HubSpot
3. Comfortable with SQL or Looker for analysis
4. Experience running A/B tests on landing pages

Nice to have
1. Experience in e-commerce or publishing
2. Familiarity with SEO`,
numbered: `1. About the role
We're looking for a Data Engineer to join Quill.
2. Responsibilities
– Build ELT pipelines with Fivetran and dbt
– Model data in Snowflake
3. Requirements
– 3 years of experience with SQL
– Python
4. Nice to have
– Airflow`,
subMarkers: `Platform Engineer
Mosaic Health

Requirements
Must:
o Kubernetes
o Terraform
Nice:
o Crossplane
o ArgoCD`,

  european: `Senior Backend Developer (m/f/d)
Kranich Mobility GmbH · Berlin, Germany

Your tasks
Develop the booking backend in Java and Spring Boot
Operate our services on Kubernetes
Work closely with the mobile team on our REST APIs

Your profile
A decade of experience in backend development
Very good knowledge of Java, Spring Boot and PostgreSQL
You don't need to know Kotlin, we'll teach you
Experience with Kafka is an advantage

What we offer
30 days of vacation, a Deutschlandticket and a yearly training budget of 2.000 EUR`,
enterprise: `Senior Software Engineer - Claims Platform
Granite Mutual Insurance · Columbus, OH

Granite Mutual is a leading provider of property and casualty insurance. Our Claims Platform team builds the systems that adjusters use to process claims, from first notice of loss to settlement. We are modernizing our legacy claims systems and moving claims processing to an event-driven architecture.

Key Responsibilities
- Design, develop and maintain claims processing services in C# and .NET
- Partner with product owners, adjusters and business analysts to understand claims workflows
- Modernize legacy claims applications and migrate them to Azure
- Build integrations with policy administration and billing systems
- Write clean, maintainable, well-tested code and participate in code reviews
- Mentor junior engineers and contribute to engineering best practices
- Ensure claims data quality and compliance with state insurance regulations
- Troubleshoot production issues in claims processing and settlement

Required Qualifications
- Bachelor's degree in Computer Science or related field, or equivalent work experience
- 5+ years of experience in software development with C# and .NET
- Experience with SQL Server and Azure
- Experience with event-driven architecture and message queues (Azure Service Bus or RabbitMQ)
- Strong problem-solving skills and attention to detail
- Excellent written and verbal communication skills
- Ability to work independently and as part of a team

Preferred Qualifications
- Experience in the insurance industry, particularly claims
- Knowledge of Guidewire ClaimCenter
- Azure certifications

Granite Mutual offers a comprehensive benefits package including medical, dental, vision, 401(k) with company match, tuition reimbursement and paid time off. Granite Mutual is an Equal Opportunity Employer. We do not accept unsolicited resumes from recruiters.`,

  titleCaseHeadings: `Business Intelligence Developer
Redwood County Health System

Position Summary
The BI Developer builds reports and data models for hospital operations.

Duties & Responsibilities
- Develop Power BI reports for nursing and finance
- Maintain SSIS packages and the SQL Server data warehouse

Skills & Qualifications
- Three years of experience with T-SQL
- Experience With Power BI and DAX
- Epic Clarity experience

Preferred Skills/Experience
- Azure Data Factory
- Python`,

  labelsThenIntro: `Job Title: Android Engineer
Location: Remote (Canada)
Salary: CAD 120,000 - 140,000

We are building a budgeting app for students in Kotlin with Jetpack Compose, backed by Firebase.
You will own the Android app end to end.

Requirements:
- 3+ years of Android development
- Kotlin, Jetpack Compose
- Experience publishing to Google Play`,
};

const post = (name: string): JobPost => readJobPostText(POSTS[name]!);

if (process.env.DUMP_JOBS) {
  for (const name of Object.keys(POSTS)) {
    const j = post(name);
    console.log(name, JSON.stringify({ ...j, text: undefined, keywords: j.keywords.map((k) => k.term) }, null, 0));
  }
}

const BAD_KEYWORDS = new Set(['team', 'teams', 'work', 'working', 'ability', 'experience', 'years', 'role', 'skills', 'strong',
  'salary', 'benefits', 'dental', 'pension', 'vacation', 'equal', 'opportunity', 'employer', 'applicants', 'remote', 'show', 'apply',
  'company', 'candidate', 'job', 'you', 'we', 'our', 'plus', 'bonus', 'nice', 'preferred', 'required', 'requirements']);

const sorted = (a: string[]) => [...a].sort();

describe('job posts in the shapes people paste them', () => {
  it.each(Object.keys(POSTS))('%s: keywords are few and none is filler or boilerplate', (name) => {
    const j = post(name);
    expect(j.keywords.length).toBeLessThanOrEqual(10);
    for (const k of j.keywords) {
      for (const w of k.term.split(' ')) expect(BAD_KEYWORDS.has(w), `${name}: "${k.term}"`).toBe(false);
    }
    // Required and preferred never overlap; every requirement's members are skills the post names.
    expect(j.required.filter((id) => j.preferred.includes(id))).toEqual([]);
    for (const r of j.requirements ?? []) {
      for (const id of r.anyOf) expect(j.required.includes(id) || j.preferred.includes(id), r.anyOf.join('|')).toBe(true);
    }
  });

  it('LinkedIn paste: company from the line under the title, "About the job" is not boilerplate', () => {
    const j = post('linkedin');
    expect(j).toMatchObject({ title: 'Senior Backend Engineer', company: 'Northwind Payments', yearsRequired: 5 });
    expect(j.required).toEqual(expect.arrayContaining(['go', 'postgresql', 'kafka', 'kubernetes', 'prometheus', 'grafana']));
    expect(j.preferred).toEqual(expect.arrayContaining(['terraform']));
    expect(j.alternatives).toContainEqual(['aws', 'gcp']);
    const terms = j.keywords.map((k) => k.term);
    expect(terms).toContain('fraud detection');
    // The domain is read: a keyword before 2026.12.1, a lexicon skill (Payments) since.
    expect([...terms, ...j.required]).toContain('payments');
  });

  it('LinkedIn paste, newer layout: logo, "Share", "Show more options" lines skipped', () => {
    const j = post('linkedinNew');
    expect(j).toMatchObject({ title: 'Payments Risk Analyst', company: 'Northwind Payments', yearsRequired: 2 });
    expect(j.required).toEqual(expect.arrayContaining(['sql', 'looker', 'excel', 'google-sheets']));
    expect(j.alternatives).toContainEqual(['excel', 'google-sheets']);
    const terms = j.keywords.map((k) => k.term).join(' | ');
    expect(terms).toMatch(/fraud/);
    expect(terms).toMatch(/chargeback/);
  });

  it('Greenhouse page: labels, "founded 20 years ago" is not experience, pay range kept out', () => {
    const j = post('greenhouse');
    expect(j).toMatchObject({ title: 'Staff Data Engineer', company: 'Bluefin Analytics', yearsRequired: 7 });
    // (dbt is asked too, but the matcher rejects lower-case "dbt in production": see the report.)
    expect(j.required).toEqual(expect.arrayContaining(['sql', 'python', 'spark', 'airflow', 'snowflake', 'bigquery', 'data-modeling']));
    expect(j.preferred).toEqual(expect.arrayContaining(['kafka', 'kinesis', 'databricks']));
    expect(j.alternatives).toEqual(expect.arrayContaining([['snowflake', 'bigquery'], ['kafka', 'kinesis']]));
  });

  it('markdown: "Title at Company", 3-5 years, "Vitest or Jest" is one choice', () => {
    const j = post('markdown');
    expect(j).toMatchObject({ title: 'Frontend Engineer (React)', company: 'Lumen Health', yearsRequired: 3 });
    expect(j.required).toEqual(expect.arrayContaining(['react', 'typescript', 'css', 'storybook', 'playwright', 'wcag', 'vitest', 'jest']));
    expect(j.preferred).toEqual(expect.arrayContaining(['hipaa', 'nextjs']));
    expect(j.alternatives).toEqual(expect.arrayContaining([['vitest', 'jest'], ['rest-api', 'graphql']]));
    // The benefits list names Coursera and O'Reilly; neither is asked.
    expect(j.keywords.map((k) => k.term).join(' ')).not.toMatch(/coursera|stipend|dental/);
  });

  it('bold headings: "**About X**" is the company; its tech stack is not asked of the candidate', () => {
    const j = post('bold');
    expect(j).toMatchObject({ title: 'Machine Learning Engineer, Recommendations', company: 'Streamly', yearsRequired: 2 });
    expect(j.required).toEqual(expect.arrayContaining(['python', 'pytorch', 'tensorflow', 'recommender-systems', 'sql', 'spark']));
    for (const id of ['kubernetes', 'go', 'java']) expect(j.required, id).not.toContain(id);
    expect(j.preferred).toContain('mlflow');
    // "Python, PyTorch or TensorFlow": Python is asked; the choice is between the two libraries.
    expect(j.alternatives).toContainEqual(['pytorch', 'tensorflow']);
    expect((j.alternatives ?? []).some((g) => g.includes('python'))).toBe(false);
  });

  it('ALL CAPS headings: "at least five years", a 2-year contract is not experience', () => {
    const j = post('allcaps');
    expect(j.company).toBe('Harbor Logistics');
    expect(j.title?.toLowerCase()).toBe('devops engineer');
    expect(j.yearsRequired).toBe(5);
    expect(j.required).toEqual(expect.arrayContaining(['terraform', 'kubernetes', 'helm', 'sysadmin', 'bash', 'prometheus', 'gitlab-ci', 'ansible', 'azure']));
    expect(j.preferred).toEqual(expect.arrayContaining(['python']));
  });

  it('emoji headings are headings, and the emoji is not part of the title', () => {
    const j = post('emoji');
    expect(j).toMatchObject({ title: 'Product Engineer (Full-stack)', company: 'Tidepool', yearsRequired: 4 });
    expect(j.required).toEqual(expect.arrayContaining(['rails', 'postgresql', 'react', 'typescript']));
    expect(j.preferred).toContain('stripe-api');
    expect(j.required).not.toContain('stripe-api');
  });

  it('one paragraph, no headings: the pay sentence does not swallow the skills; "is a plus" is sentence-wide', () => {
    const j = post('noHeadings');
    expect(j).toMatchObject({ title: 'Senior Embedded Software Engineer', company: 'Acme Robotics', yearsRequired: 6 });
    expect(j.required).toEqual(expect.arrayContaining(['c', 'cpp', 'rtos', 'embedded-systems']));
    expect(j.preferred).toEqual(expect.arrayContaining(['python']));
  });

  it('hard-wrapped email: "a big plus" reaches across the wrap; the sign-off is not a skill', () => {
    const j = post('hardWrapped');
    expect(j).toMatchObject({ title: 'Site Reliability Engineer', company: 'Quarry Cloud', yearsRequired: 3 });
    expect(j.required).toEqual(expect.arrayContaining(['go', 'kubernetes', 'aws', 'linux', 'terraform', 'observability']));
    expect(j.preferred).toEqual(expect.arrayContaining(['postgresql']));
    expect(j.required).not.toContain('slack');
    expect(j.alternatives).toContainEqual(['go', 'python']);
  });

  it('Amazon style: basic vs preferred qualifications, pay and EEO text give no keywords', () => {
    const j = post('amazon');
    expect(j.title).toBe('Software Development Engineer II, Fulfillment Technologies');
    expect(j.company ?? '').toMatch(/^Amazon/);
    expect(j.yearsRequired).toBe(3);
    expect(j.required).toEqual(expect.arrayContaining(['java', 'aws', 'distributed-systems']));
    expect(j.preferred).toEqual(expect.arrayContaining(['dynamodb', 'sqs']));
    expect(j.keywords.map((k) => k.term).join(' ')).not.toMatch(/geographic|market|labor|pay/);
  });

  it('"You might be a fit if" / "You\'ll stand out if"; "8+ yrs building"', () => {
    const j = post('fitIf');
    expect(j).toMatchObject({ title: 'Staff Platform Engineer', company: 'Orbital Labs', yearsRequired: 8 });
    expect(j.required).toEqual(expect.arrayContaining(['kubernetes', 'go', 'rust']));
    expect(j.preferred).toEqual(expect.arrayContaining(['envoy', 'istio']));
    expect(j.alternatives).toEqual(expect.arrayContaining([['go', 'rust'], ['envoy', 'istio']]));
  });

  it('Indeed: "Two (2) years", "Tableau or Power BI", pay lines ignored', () => {
    const j = post('indeed');
    expect(j).toMatchObject({ title: 'Data Analyst', company: 'Cobalt Insurance', yearsRequired: 2 });
    expect(j.required).toEqual(expect.arrayContaining(['sql', 'tableau', 'power-bi', 'excel', 'snowflake']));
    expect(j.preferred).toContain('python');
    expect(j.alternatives).toContainEqual(['tableau', 'power-bi']);
  });

  it('Workday: label lines are page furniture, "Five (5) years", "is a plus"', () => {
    const j = post('workday');
    expect(j).toMatchObject({ title: 'Senior QA Automation Engineer', company: 'Maplewood Financial', yearsRequired: 5 });
    expect(j.required).toEqual(expect.arrayContaining(['selenium', 'appium', 'cypress', 'postman', 'jmeter', 'jenkins', 'java', 'javascript']));
    expect(j.preferred).toEqual(expect.arrayContaining(['istqb']));
  });

  it('inline markers: "(preferred)", "is a plus", "Ideally", "Nice to have:" inside the requirements', () => {
    const j = post('inlineMarkers');
    expect(j).toMatchObject({ title: 'Backend Developer (Node.js)', company: 'Pinecrest Media', yearsRequired: 2 });
    expect(j.required).toEqual(expect.arrayContaining(['nodejs', 'express', 'mongodb', 'postgresql', 'docker']));
    expect(j.preferred).toEqual(expect.arrayContaining(['redis', 'graphql', 'lambda', 'elasticsearch']));
    expect(j.alternatives).toEqual([['mongodb', 'postgresql']]);
    // Skills marked as nice-to-have inside the requirements are not required.
    for (const id of ['redis', 'graphql', 'lambda', 'elasticsearch']) expect(j.required, id).not.toContain(id);
  });

  it('"Acme — Staff Engineer", "Join Acme\'s search team", "10+ yrs"', () => {
    const j = post('companyDash');
    expect(j).toMatchObject({ title: 'Staff Engineer, Search', company: 'Acme', yearsRequired: 10 });
    expect(j.required).toEqual(expect.arrayContaining(['elasticsearch', 'opensearch', 'java', 'kotlin']));
  });

  it('"About Fernway" and "Fernway is hiring a Full Stack Developer."; "Must-haves" / "Nice-to-haves"', () => {
    const j = post('aboutCompany');
    expect(j).toMatchObject({ title: 'Full Stack Developer', company: 'Fernway', yearsRequired: 3 });
    expect(j.required).toEqual(expect.arrayContaining(['python', 'django', 'vue', 'react', 'postgresql']));
    expect(j.preferred).toEqual(expect.arrayContaining(['celery']));
    expect(j.alternatives).toContainEqual(['vue', 'react']);
  });

  it('"We\'re hiring: Senior iOS Engineer at Kitebird"', () => {
    const j = post('hiringAt');
    expect(j).toMatchObject({ title: 'Senior iOS Engineer', company: 'Kitebird', yearsRequired: 5 });
    expect(j.required).toEqual(expect.arrayContaining(['swift', 'swiftui', 'uikit']));
    expect(j.preferred).toEqual(expect.arrayContaining(['kotlin', 'fastlane']));
  });

  it('Lever page: company above the title, plain-line lists, "4-6 years"', () => {
    const j = post('lever');
    expect(j).toMatchObject({ title: 'Security Engineer, Detection & Response', company: 'Kestrel Security', yearsRequired: 4 });
    expect(j.required).toEqual(expect.arrayContaining(['python', 'siem', 'splunk', 'aws']));
    expect(j.preferred).toContain('threat-modeling');
  });

  it('"1-2 years" reads as 1; "Preferred" alone is a heading', () => {
    const j = post('yearsRange');
    expect(j).toMatchObject({ title: 'Junior Data Scientist', company: 'Brightline Energy', yearsRequired: 1 });
    expect(j.required).toEqual(expect.arrayContaining(['python', 'pandas', 'scikit-learn']));
    expect(j.preferred).toEqual(expect.arrayContaining(['xgboost']));
  });

  it('years that are not experience: "12 years of combined experience" is the company\'s', () => {
    const j = post('salaryOnly');
    expect(j).toMatchObject({ title: 'Mobile Engineer (React Native)', company: 'Gridline', yearsRequired: null });
    expect(j.required).toEqual(expect.arrayContaining(['react-native', 'typescript', 'redux']));
  });

  it('"3+ years with Next.js" is experience (Next.js is not "the next 3 years")', () => {
    expect(readJobPostText('Frontend Developer\n\nRequirements\n- 3+ years with Next.js and React').yearsRequired).toBe(3);
    expect(readJobPostText('Frontend Developer\n\nWe plan to double the team in the next 2 years.\n\nRequirements\n- React').yearsRequired).toBe(null);
  });

  it('years that are not experience: founded, "over the next 3 years", a 2-year contract, "18 years or older"', () => {
    const j = post('notExperience');
    expect(j).toMatchObject({ title: 'Senior Site Reliability Engineer', company: 'Cedar Grid', yearsRequired: null });
    expect(j.required).toEqual(expect.arrayContaining(['kubernetes', 'terraform', 'aws', 'python', 'go']));
  });

  it('a long post: title under a "Careers at" line, keywords are domain terms, pay in pounds ignored', () => {
    const j = post('longObservability');
    expect(j).toMatchObject({ title: 'Senior Software Engineer, Observability Platform', company: 'Signalbox', yearsRequired: 6 });
    expect(j.required).toEqual(expect.arrayContaining(['go', 'rust', 'cpp', 'kafka', 'kubernetes', 'time-series']));
    expect(j.preferred).toEqual(expect.arrayContaining(['opentelemetry', 'prometheus', 'clickhouse']));
    expect(j.alternatives).toEqual(expect.arrayContaining([['go', 'rust', 'cpp'], ['opentelemetry', 'prometheus', 'clickhouse']]));
    const terms = j.keywords.map((k) => k.term);
    expect(terms).toEqual(expect.arrayContaining(['ingestion', 'storage']));
    expect(terms.join(' ')).not.toMatch(/holiday|pension|salary|equity|office|discriminat/);
  });

  it('"Required:" and "Preferred:" inline in one Qualifications section', () => {
    const j = post('requiredPreferredInline');
    expect(j).toMatchObject({ title: 'Cloud Security Engineer', company: 'Hollow Pine Bank', yearsRequired: 5 });
    expect(j.required).toEqual(expect.arrayContaining(['aws', 'iam', 'guardduty', 'terraform', 'python']));
    expect(j.preferred).toEqual(expect.arrayContaining(['cissp', 'kubernetes']));
    expect(j.required).not.toContain('kubernetes');
  });

  it('"at least one of: A, B, C", "and/or", "Java/Kotlin or Python" are choices; a plain list is not', () => {
    const j = post('anyOf');
    expect(j).toMatchObject({ title: 'Cloud Engineer', company: 'Driftwood', yearsRequired: 3 });
    const groups = (j.alternatives ?? []).map(sorted);
    expect(groups).toContainEqual(['aws', 'azure', 'gcp']);
    expect(groups).toContainEqual(['pulumi', 'terraform']);
    expect(groups).toContainEqual(['datadog', 'grafana', 'new-relic']);
    expect(groups.some((g) => g.includes('java') && g.includes('kotlin'))).toBe(true);
    expect(groups.some((g) => g.includes('kubernetes'))).toBe(false);
  });

  it('"Title - Team | Remote": the team is not the company; question headings are headings', () => {
    const j = post('teamAfterDash');
    expect(j).toMatchObject({ title: 'Senior Software Engineer (Backend)', company: 'Ferrocarril', yearsRequired: 5 });
    expect(j.required).toEqual(expect.arrayContaining(['kotlin', 'java', 'postgresql']));
    // A sentence with an amount of money that is not pay still counts.
    expect(j.required).toContain('kafka');
  });

  it('a marketing post: domain keywords, "SQL or Looker"', () => {
    const j = post('marketing');
    expect(j).toMatchObject({ title: 'Growth Marketing Manager', company: 'Lantern Books', yearsRequired: 4 });
    expect(j.required).toEqual(expect.arrayContaining(['hubspot', 'google-analytics', 'sql', 'looker', 'a-b-testing']));
    expect(j.preferred).toEqual(expect.arrayContaining(['seo']));
    // "acquisition" and "landing pages" were keywords before 2026.12.1; since then the lexicon reads
    // them as skills (paid acquisition, landing pages, customer acquisition cost), so they are no extra keywords.
    expect([...j.required, ...j.preferred]).toEqual(expect.arrayContaining(['performance-marketing', 'landing-pages', 'unit-economics', 'google-ads', 'meta-ads']));
  });

  it('numbered headings ("4. Nice to have") and en-dash bullets', () => {
    const j = post('numbered');
    expect(j).toMatchObject({ title: 'Data Engineer', company: 'Quill', yearsRequired: 3 });
    expect(j.required).toEqual(expect.arrayContaining(['fivetran', 'dbt', 'snowflake', 'sql', 'python']));
    expect(j.preferred).toEqual(expect.arrayContaining(['airflow']));
  });

  it('"Must:" / "Nice:" sub-headings', () => {
    const j = post('subMarkers');
    expect(j).toMatchObject({ title: 'Platform Engineer', company: 'Mosaic Health', yearsRequired: null });
    expect(sorted(j.required)).toEqual(expect.arrayContaining(['kubernetes', 'terraform']));
    expect(j.preferred).toEqual(expect.arrayContaining(['argocd']));
  });

  it('European post: "(m/f/d)" dropped, "A decade of experience", "is an advantage", "you don\'t need"', () => {
    const j = post('european');
    expect(j).toMatchObject({ title: 'Senior Backend Developer', company: 'Kranich Mobility GmbH', yearsRequired: 10 });
    expect(j.required).toEqual(expect.arrayContaining(['java', 'spring-boot', 'postgresql', 'kubernetes']));
    expect(j.preferred).toEqual(expect.arrayContaining(['kotlin', 'kafka']));
  });

  it('enterprise post: company from the line under "Title - Team", soft-skill filler is no keyword', () => {
    const j = post('enterprise');
    expect(j).toMatchObject({ title: 'Senior Software Engineer', company: 'Granite Mutual Insurance', yearsRequired: 5 });
    expect(j.required).toEqual(expect.arrayContaining(['csharp', 'dotnet', 'sql-server', 'azure', 'rabbitmq', 'azure-service-bus']));
    expect(j.alternatives).toContainEqual(['message-queues', 'azure-service-bus', 'rabbitmq']);
    const terms = j.keywords.map((k) => k.term);
    // The domain is read: "claims" was a keyword before 2026.12.1; claims processing is the Insurance skill since.
    expect([...terms, ...j.required, ...j.preferred]).toEqual(expect.arrayContaining(['insurance', 'guidewire']));
    expect(terms.join(' ')).not.toMatch(/granite|mutual|tuition|resumes|recruiters|independently/);
  });

  it('Title Case headings without colons ("Skills & Qualifications", "Preferred Skills/Experience")', () => {
    const j = post('titleCaseHeadings');
    expect(j).toMatchObject({ title: 'Business Intelligence Developer', company: 'Redwood County Health System', yearsRequired: 3 });
    expect(j.required).toEqual(expect.arrayContaining(['power-bi', 'sql-server', 'tsql']));
    expect(j.preferred).toEqual(expect.arrayContaining(['azure-data-factory', 'python']));
  });

  it('label lines ("Location:", "Salary:") label only themselves; the intro under them still counts', () => {
    const j = post('labelsThenIntro');
    expect(j).toMatchObject({ title: 'Android Engineer', yearsRequired: 3 });
    expect(j.required).toEqual(expect.arrayContaining(['kotlin', 'jetpack-compose', 'firebase', 'android']));
  });
});

describe('long pastes', () => {
  it('a 100 KB paste stays fast and still reads the post at its head', () => {
    const filler = `\n\n${EEO}\n\nBenefits\n${BENEFITS}\n`;
    let big = POSTS.linkedin!;
    while (big.length < 100_000) big += filler;
    const t0 = performance.now();
    const j = readJobPostText(big);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(j).toMatchObject({ title: 'Senior Backend Engineer', company: 'Northwind Payments', yearsRequired: 5 });
    expect(j.required).toEqual(expect.arrayContaining(['go', 'postgresql', 'kafka']));
    expect(j.keywords.length).toBeLessThanOrEqual(10);
  });

  it('one 100 KB line (no breaks) does not hang', () => {
    const big = POSTS.noHeadings!.replace(/\n/g, ' ') + ' We value diverse teams.'.repeat(4000);
    const t0 = performance.now();
    const j = readJobPostText(big);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(j.required).toEqual(expect.arrayContaining(['c', 'cpp']));
  });
});

describe('a choice of frameworks wrapped across lines', () => {
  it('"at least one popular web framework (JSF, Wicket,\\nGWT, Spring MVC)" is one any-of group', () => {
    const j = readJobPostText([
      'Java Developer', '', 'Requirements:',
      '• Experience in developing web applications using at least one popular web framework (JSF, Wicket,',
      'GWT, Spring MVC).', '• Excellent knowledge of SQL.',
    ].join('\n'));
    expect(j.alternatives).toEqual([['jsf', 'wicket', 'gwt', 'spring-mvc']]);
    expect(j.required).toEqual(expect.arrayContaining(['jsf', 'wicket', 'gwt', 'spring-mvc', 'sql']));
  });
});

describe('a concept, a few plain words, then its examples in parentheses', () => {
  it('"design tools (Figma, Sketch, basic prototyping)" and "Content Management Systems (Ghost, WordPress)" are one need each', () => {
    const j = readJobPostText([
      'Content Designer',
      '',
      'Requirements:',
      '- Confident with graphic design tools (Figma, Canva, basic photo editing)',
      '- Able to publish through Content Management Systems (Ghost, WordPress)',
      '- Experience with message queues (e.g. Kafka, RabbitMQ)',
    ].join('\n'));
    expect(j.alternatives).toEqual(expect.arrayContaining([
      expect.arrayContaining(['graphic-design', 'figma', 'canva', 'photo-editing']),
      expect.arrayContaining(['cms-management', 'wordpress']),
      ['message-queues', 'kafka', 'rabbitmq'],
    ]));
  });
});

describe('years asked only as a nice-to-have', () => {
  it('"Advantages: minimum 2 years" asks no years of everyone: the post asks none', () => {
    const j = readJobPostText([
      'Office Assistant', '', 'Requirements', '- Fluent in English and Excel', '- Good organisational skills', '',
      'Advantages', '- Minimum 2 years of experience in an office environment', '- A driving licence',
    ].join('\n'));
    expect(j.yearsRequired).toBeNull();
    // Asked in the requirements, the same line is the ask.
    expect(readJobPostText(['Office Assistant', '', 'Requirements', '- Minimum 2 years of experience in an office environment', '- Excel'].join('\n')).yearsRequired).toBe(2);
  });
});
