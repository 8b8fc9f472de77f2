/**
 * The resume parser on resumes in the shapes people really send: US, UK, Europass, Indian, academic,
 * new-grad, career-changer and senior CVs; every common heading, date, bullet and contact style.
 * Each expectation is a fact a person can check by reading the resume text above it.
 */
import { describe, expect, it } from 'vitest';
import { readResumeText, readResumeFile } from '../src/analysis/pipeline.js';
import { findDateRanges, mergedMonths } from '../src/resume/dates.js';
import { detectHeading, splitSections } from '../src/resume/sections.js';
import { findLinks, findPhone } from '../src/resume/contact.js';
import { joinWrapped, actionVerbOf } from '../src/resume/bullets.js';
import { lineRoles } from '../src/resume/index.js';
import { normalizeText } from '../src/documents/normalize.js';
import type { Resume } from '../src/resume/types.js';
import { buildPdf } from './helpers/bad-files.js';

const TODAY = new Date('2025-01-15T00:00:00Z');
const NOW = 2025 * 12; // January 2025 as a month index
const parse = (text: string) => readResumeText(text, TODAY);
const kinds = (r: Resume) => r.sections.filter((s) => s.heading).map((s) => s.kind);
const months = (s: string) => mergedMonths(findDateRanges(normalizeText(s), NOW));
/** Years as the parser reports them: merged months / 12, one decimal. */
const years = (m: number) => Math.round((m / 12) * 10) / 10;

const R: Record<string, string> = {};

R.us = `MICHAEL CHEN
Senior Software Engineer
San Francisco, CA | (555) 123-4567 | michael.chen@gmail.com | linkedin.com/in/michaelchen | github.com/mchen

PROFESSIONAL SUMMARY
Senior software engineer with 8 years of experience building distributed systems in Go and Java.

PROFESSIONAL EXPERIENCE
Stripe                                                    San Francisco, CA
Senior Software Engineer                                  Jan 2020 – Present
• Led migration of the billing ledger to an event-sourced architecture, reducing reconciliation errors by 85%
• Designed and shipped a rate-limiting service handling 120K requests per second
• Mentored 6 engineers through promotion cycles

Dropbox                                                   San Francisco, CA
Software Engineer                                         June 2016 – December 2019
• Built the sync conflict resolver in Go used by 500M+ users
• Reduced p99 latency of metadata API from 800ms to 120ms
• Worked on internal tooling for deployment

EDUCATION
University of California, Berkeley — B.S. Computer Science          2012 – 2016

SKILLS
Languages: Go, Java, Python, SQL
Infrastructure: Kubernetes, Terraform, AWS, PostgreSQL, Kafka`;

R.uk = `Curriculum Vitae

Oliver James Whitfield
Email: oliver.whitfield@outlook.co.uk
Mobile: +44 7700 900123
Address: 14 Kingsway, Manchester M1 2AB

Personal Profile
Analytical data engineer with a background in financial services, looking to move into a platform role.

Employment History

Data Engineer, Monzo Bank, London
09/2021 – present
- Developed batch pipelines in Python and Airflow processing 2TB of transaction data daily
- Introduced data quality checks that cut incident volume by 40%
- Collaborated with analysts to define a shared dbt model layer

Junior Data Analyst, Aviva plc, Norwich
07/2019 – 08/2021
- Produced weekly claims dashboards in Power BI for 12 regional managers
- Automated month-end reporting, saving 3 days of manual work each month

Education
MSc Data Science, University of Manchester (2018 – 2019)
BSc Mathematics, University of Leeds (2015 – 2018), First Class Honours

Key Skills
Python, SQL, Airflow, dbt, Power BI, AWS

References
Available on request.`;

R.europass = `CURRICULUM VITAE

PERSONAL INFORMATION
Name: Anna Katharina Müller
Address: Hauptstraße 5, 10115 Berlin, Germany
Telephone: +49 30 1234567
E-mail: anna.mueller@web.de
Nationality: German

WORK EXPERIENCE
01.2020 – present
Backend Developer
Zalando SE, Berlin
▪ Implemented order routing services in Java and Spring Boot for 20 markets
▪ Reduced build times by 35% by introducing Gradle build caching

03.2017 – 12.2019
Software Developer
SAP SE, Walldorf
▪ Maintained ABAP and Java integration modules for the logistics suite
▪ Coordinated releases across 4 teams

EDUCATION AND TRAINING
10.2011 – 02.2017
Diplom-Informatikerin, Technische Universität München

LANGUAGE SKILLS
German (native), English (C1), French (B1)

DIGITAL SKILLS
Java, Spring Boot, Kotlin, PostgreSQL, Docker, Kubernetes`;

R.india = `RAHUL SHARMA
Mobile: +91 9876543210 | Email: rahul.sharma95@gmail.com
LinkedIn: https://www.linkedin.com/in/rahul-sharma-95/ | GitHub: https://github.com/rahulsharma95

CAREER OBJECTIVE
To obtain a challenging position as a Java Developer in a reputed organisation.

ACADEMIC QUALIFICATIONS
B.Tech in Computer Science and Engineering, VIT University, Vellore | 2013 - 2017 | CGPA: 8.7/10
Class XII, Delhi Public School, CBSE | 2013 | 92.4%

WORK EXPERIENCE
Infosys Limited, Bangalore | Senior Systems Engineer | Jul 2017 - Mar 2021
➢ Developed REST APIs using Spring Boot for a banking client serving 3 million customers
➢ Optimized SQL queries reducing report generation time by 60%
➢ Participated in Agile ceremonies and code reviews

Tata Consultancy Services, Pune | IT Analyst | Apr 2021 - Till Date
➢ Designed microservices for insurance claims processing
➢ Mentored a team of 5 junior developers

TECHNICAL SKILLS
Languages: Java, Python, JavaScript
Frameworks: Spring Boot, Hibernate, Angular
Databases: MySQL, Oracle

PROJECTS
Online Bookstore (Jan 2016 - May 2016)
➢ Built a web application using JSP and Servlets

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.
Place: Pune
Date: 10/01/2025
(Rahul Sharma)`;

R.academic = `Dr. Elena Rossi
Assistant Professor of Computer Science
Department of Computer Science, University of Edinburgh
elena.rossi@ed.ac.uk · +44 131 650 1000 · https://elenarossi.github.io

Research Interests
Probabilistic programming, Bayesian inference, machine learning systems.

Academic Appointments
2021 – Present   Assistant Professor, University of Edinburgh
2019 – 2021      Postdoctoral Researcher, ETH Zürich

Education
2014 – 2019   Ph.D. in Computer Science, University of Cambridge
2010 – 2014   B.Sc. Mathematics, Sapienza University of Rome

Publications
E. Rossi, M. Klein. Scalable Variational Inference for Hierarchical Models. NeurIPS 2022.
E. Rossi. Probabilistic Programs as Data. ICML 2020.

Teaching
Machine Learning Practical (2021 – 2024), 180 students per year

Grants and Awards
EPSRC New Investigator Award, £350,000, 2022`;

R.newgrad = `Priya Patel
priya.patel@umich.edu | 734-555-0192 | linkedin.com/in/priyapatel | github.com/ppatel | priyapatel.dev

EDUCATION
University of Michigan, Ann Arbor                                     Expected May 2025
B.S.E. in Computer Science, GPA: 3.8/4.0
Relevant Coursework: Data Structures, Operating Systems, Databases, Machine Learning

INTERNSHIP EXPERIENCE
Software Engineering Intern, Google                                   May 2024 – Aug 2024
• Built a Kotlin feature for Google Maps that reduced route load time by 18%
• Wrote 40+ unit tests and raised coverage of the module to 92%

Software Engineering Intern, Ford Motor Company                       Summer 2023
• Developed a React dashboard for vehicle telemetry used by 30 engineers

RELEVANT PROJECTS
Campus Eats — Full-stack food ordering app (Sep 2023 – Dec 2023)
• Implemented the ordering API in Node.js and PostgreSQL serving 2,000 students

TECHNICAL SKILLS
Python, Java, C++, JavaScript, React, Node.js, SQL, Git`;

R.career = `Sarah Thompson
Chicago, IL • sarah.thompson@yahoo.com • 312.555.0147 • linkedin.com/in/sarah-thompson-ux

Career Changer: former high-school teacher moving into UX design.

Summary
Educator turned UX designer with a Google UX Design Certificate and 3 shipped case studies.

Relevant Projects
Transit App Redesign | Figma, user research | 2024
- Conducted 12 user interviews and redesigned the trip planner, improving task success from 55% to 90%

Work History
UX Design Volunteer, Code for Chicago | 2023 – Present
- Designed onboarding screens for a civic app used by 1,500 residents
English Teacher, Lincoln Park High School | 2014 – 2023
- Taught 150 students per year and developed a project-based curriculum
- Led a team of 4 teachers in redesigning the grade 10 syllabus

Certifications
Google UX Design Professional Certificate, 2023

Education
M.A. Education, DePaul University, 2014
B.A. English, University of Illinois, 2012`;

R.senior = `JAMES O'CONNOR
VP of Engineering
Boston, MA | james.oconnor@protonmail.com | +1 (617) 555-0110 | in/jamesoconnor

EXECUTIVE SUMMARY
Engineering leader with 20 years of experience scaling teams from 5 to 200 engineers.

CAREER HISTORY

VP of Engineering | HubSpot | 2020 – Present
● Grew the engineering organisation from 80 to 200 engineers across 3 continents
● Cut cloud spend by $4M per year through a platform consolidation program

Director of Engineering | Wayfair | 2016 – 2020
● Directed 9 teams delivering the checkout and payments platform
● Increased checkout conversion by 7% with a rebuilt payments flow

Engineering Manager | Akamai Technologies | 2012 – 2016
● Managed 3 teams building the edge configuration API

Senior Software Engineer | Akamai Technologies | 2009 – 2012
● Designed the log ingestion pipeline processing 1B events per day

Software Engineer | Oracle | 2006 – 2009
● Developed PL/SQL tooling for the database migration assistant

Software Developer | IBM | 2004 – 2006
● Maintained Java components of the WebSphere admin console

EDUCATION
MS Computer Science, Northeastern University, 2004
BS Electrical Engineering, Boston University, 2002`;

R.ymdates = `Kim Min-jun
Backend Engineer
minjun.kim@naver.com | +82 10-1234-5678 | github.com/minjunkim

Work Experience
Kakao Corp. — Backend Engineer
2021.03 – Present
* Designed a chat message fan-out service handling 50,000 messages per second
* Migrated legacy PHP services to Kotlin, reducing server count by 30%

Naver Corp. — Software Engineer
2018.07 – 2021.02
* Developed search indexing pipelines in Java and Elasticsearch
* Improved query latency by 25%

Education
Seoul National University — B.S. Computer Science, 2014.03 – 2018.02

Skills
Kotlin, Java, Spring, Kafka, Redis, MySQL, Kubernetes`;

R.apostrophe = `Tom Becker
Frontend Developer
tom@tombecker.io | 555-867-5309 | tombecker.io

Experience
Frontend Developer, Shopify
Mar '21 – Jun '23
► Rebuilt the storefront theme editor in React and TypeScript, cutting bundle size by 40%
► Introduced visual regression testing with Playwright

Web Developer, Freelance
Sep '18 – Feb '21
► Delivered 25+ marketing sites for small businesses

Education
B.A. Interactive Media, Ryerson University, '14 – '18

Skills
React, TypeScript, Next.js, CSS, Playwright`;

R.wordy = `Laura Gómez
Marketing Manager
laura.gomez@gmail.com
Phone: 555.123.4567
Portfolio: lauragomez.com

Work Experience

Marketing Manager
HubSpot, Cambridge MA
January 2020 - Current
✓ Managed a $2M annual paid media budget across Google and LinkedIn
✓ Increased marketing qualified leads by 45% year over year
✓ Launched the partner webinar program with 12 sessions per quarter

Marketing Specialist
Wayfair, Boston MA
2017 to 2019
✓ Created email campaigns for a list of 1.2M subscribers
✓ Coordinated trade show presence at 8 industry events

Education
B.A. Communications, Boston College, 2013 – 2017

Core Competencies
SEO, SEM, HubSpot, Salesforce, Google Analytics, Content Strategy`;

R.since = `Daniel Novak
DevOps Engineer
daniel.novak@seznam.cz | +420 603 123 456 | linkedin.com/in/danielnovak

Profile
DevOps engineer focused on Kubernetes platforms and developer experience.

Experience
DevOps Engineer at Kiwi.com, Brno (Since 2021)
– Operated 40 Kubernetes clusters on GCP with Terraform and Argo CD
– Reduced deployment time from 45 minutes to 8 minutes
System Administrator at Avast, Prague (2017 – 2021, 4 years)
– Administered 300 Linux servers and automated patching with Ansible

Education
Masaryk University, Bc. Applied Informatics (2014 – 2017)

Technical Proficiencies
Kubernetes, Terraform, Ansible, GCP, AWS, Prometheus, Grafana, Linux`;

R.colons = `ALEX RIVERA
Data Scientist
alex.rivera@gmail.com | (646) 555-0134 | https://www.linkedin.com/in/alexrivera | https://github.com/arivera

SUMMARY:
Data scientist with 5 years of experience in experimentation and forecasting.

EXPERIENCE:
Data Scientist — Spotify — New York, NY — Feb 2021 – Present
1. Built a demand forecasting model that reduced content licensing costs by $1.5M
2. Designed an A/B testing framework used by 14 squads
Data Analyst — Etsy — Brooklyn, NY — Aug 2019 – Jan 2021
1. Created seller retention dashboards in Looker
2. Analyzed 3 years of marketplace data to identify churn drivers

EDUCATION:
M.S. Statistics — Columbia University — 2017 – 2019

SKILLS:
Python, R, SQL, scikit-learn, PyTorch, Spark, Looker

KEY ACHIEVEMENTS:
• Kaggle Competitions Master, top 1% in 3 competitions`;

R.spaced = `J O R D A N   B A K E R
Full Stack Developer
jordan.baker@hey.com  |  +1 415 555 0123  |  jordanbaker.dev

S U M M A R Y
Full stack developer with 4 years of experience in TypeScript and Python.

E X P E R I E N C E
Full Stack Developer  |  Airbnb  |  Aug 2022 – Present
• Built host onboarding flows in React and GraphQL used by 100K hosts each month
• Reduced API error rate by 60% by adding contract tests

Software Engineer  |  Lyft  |  Jul 2020 – Jul 2022
• Developed driver payout services in Python and PostgreSQL

E D U C A T I O N
B.S. Computer Science, UC San Diego, 2016 – 2020

S K I L L S
TypeScript, Python, React, GraphQL, PostgreSQL, AWS`;

R.wrapped = `Maria Santos
Software Engineer
maria.santos@gmail.com | 555-201-3344

Work Experience
Software Engineer, Atlassian                                   Feb 2021 – Present
• Developed a permissions service for Jira Cloud that handles 30,000 requests per
  second with p99 latency under 20 ms across 6 regions
• Led the migration of 200 legacy endpoints to GraphQL, reducing client payload
  size by 45%
• Partnered with the security team to roll out SSO for enterprise customers
Junior Developer, Canva                                        Jan 2019 – Jan 2021
• Implemented image export features in TypeScript and Node.js, used by 2 million
  designers a week

Education
B.Eng. Software Engineering, UNSW Sydney                       2015 – 2018

Skills
Java, TypeScript, Node.js, GraphQL, AWS, DynamoDB`;

R.hyphen = `Kevin Walsh
Backend Developer
kevin.walsh@gmail.com | 555-777-1212

Experience
Backend Developer, Twilio                                      Mar 2022 – Present
• Devel-
oped a scal-
able webhook delivery service processing 5M events a day
• Re-
designed the retry queue, cutting duplicate deliveries by 90%
• Built cloud-
native deployment pipelines on AWS
Software Engineer, Rackspace                                   Jun 2019 – Feb 2022
• Implemented self-
service provisioning for 800 customers

Education
B.S. Computer Science, Texas A&M University, 2015 – 2019

Skills
Go, Python, AWS, PostgreSQL, Redis`;

R.compline = `Nina Petrova
Product Designer
nina.petrova@gmail.com / +1 (206) 555-0188 / behance.net/ninapetrova / dribbble.com/nina

Experience
Amazon | Senior Product Designer | 2021 – Present
- Redesigned the Alexa app settings experience, increasing task completion by 22%
- Led design for 3 product launches
Zillow | Product Designer | 2018 – 2021
- Designed the home valuation flow used by 5 million monthly visitors
Expedia | UX Designer | 2016 – 2018
- Ran 30 usability studies for the hotel booking funnel

Education
BFA Interaction Design, California College of the Arts | 2012 – 2016

Tools
Figma, Sketch, Adobe XD, Principle, Miro`;

R.datebefore = `Ahmed Hassan
Cloud Architect
ahmed.hassan@gmail.com | +971 50 123 4567 | linkedin.com/in/ahmedhassan

Professional Experience

Apr 2019 – Present
Cloud Architect — Emirates NBD, Dubai
• Architected a multi-account AWS landing zone for 60 application teams
• Reduced infrastructure costs by 28% through reserved capacity planning

Aug 2015 – Mar 2019
Systems Engineer — Etisalat, Abu Dhabi
• Managed VMware clusters hosting 1,200 virtual machines

Education
Aug 2011 – Jun 2015
B.Sc. Computer Engineering, American University of Sharjah

Certifications
AWS Certified Solutions Architect – Professional (2020)`;

R.duration = `Lucas Ferreira
QA Engineer
lucas.ferreira@gmail.com | +55 11 91234-5678

Experience
QA Engineer – Nubank, São Paulo
January 2022 – Present (3 years)
● Automated 1,400 regression tests in Cypress and Playwright
● Cut release verification from 2 days to 4 hours

QA Analyst – Itaú Unibanco, São Paulo
March 2019 – December 2021 (2 years 10 months)
● Wrote test plans for the mobile banking app

Education
Universidade de São Paulo – B.Sc. Information Systems – 2015 – 2018

Skills
Cypress, Playwright, Selenium, Java, JavaScript, Jenkins`;
R.sublabels = `Vikram Iyer
Senior Java Developer
vikram.iyer@gmail.com | +91-98450-12345 | Bengaluru

PROFESSIONAL EXPERIENCE
Senior Java Developer | Flipkart | Jun 2020 - Present
Key Achievements:
• Reduced checkout latency by 35% by caching pricing rules in Redis
• Led a team of 6 developers on the returns platform
Technologies: Java, Spring Boot, Kafka, Redis, MySQL
Java Developer | Wipro Technologies | Jul 2016 - May 2020
Responsibilities:
• Developed SOAP and REST services for a telecom billing client
• Wrote JUnit tests raising coverage from 40% to 75%
Environment: Java 8, Hibernate, Oracle, Jenkins
Graduate Engineer Trainee | Larsen & Toubro Infotech | Jan 2016 - Jun 2016
• Completed training in Java and SQL

EDUCATION
B.E. Computer Science, PES Institute of Technology, 2012 - 2016, CGPA 8.1

SKILLS
Java, Spring Boot, Kafka, Redis, MySQL, Oracle`;

R.nohead = `Grace Kim
grace.kim@gmail.com
(917) 555-0123
Brooklyn, NY

Product Manager, Etsy, 2021 – Present
Owned the seller onboarding funnel and grew activated sellers by 18% in one year.
Launched a pricing recommendation tool adopted by 40,000 sellers.

Associate Product Manager, Squarespace, 2019 – 2021
Shipped the domain transfer flow, cutting support tickets by 25%.

Cornell University, B.A. Economics, 2015 – 2019`;

R.noblank = `PETER SCHMIDT
Site Reliability Engineer
peter.schmidt@posteo.de | +49 151 23456789 | github.com/pschmidt
EXPERIENCE
Site Reliability Engineer
N26 GmbH, Berlin
Mar 2021 – Present
• Cut incident response time by 50% with automated runbooks
• Built an SLO dashboard for 80 services
Delivery Hero SE, Berlin
DevOps Engineer
Jan 2018 – Feb 2021
• Migrated 120 services from VMs to Kubernetes
• Maintained the Terraform modules for AWS networking
EDUCATION
M.Sc. Computer Science, Humboldt University of Berlin, 2015 – 2017
SKILLS
Kubernetes, Terraform, AWS, Go, Prometheus`;

R.linkedin = `Hannah Lee
Senior Data Analyst at Netflix
Los Angeles, California
hannah.lee@gmail.com
www.linkedin.com/in/hannahlee (LinkedIn)

Summary
Data analyst with 7 years of experience in media analytics.

Experience
Netflix
Senior Data Analyst
April 2021 - Present (3 years 10 months)
Los Angeles, California
Built content performance dashboards used by 300 stakeholders.

Hulu
Data Analyst
June 2017 - March 2021 (3 years 10 months)
Santa Monica, California
Automated weekly subscriber reports saving 10 hours per week.

Education
University of Southern California
Bachelor of Science - BS, Applied Mathematics · (2013 - 2017)`;

R.glyphs = `Chen Wei
Mobile Developer
chen.wei@outlook.com | +65 9123 4567 | github.com/chenwei

Experience
Mobile Developer, Grab — Singapore, Feb 2020 – Present
◆ Shipped the driver earnings screen in Swift and Kotlin for 2M drivers
◆ Reduced app crash rate by 40% with a new error reporting pipeline
o Mentored 2 interns
Android Developer, Shopee — Singapore, Jul 2017 – Jan 2020
➤ Built offline-first cart sync using Room and WorkManager
➤ Improved cold start time by 30%

Education
B.Comp. Computer Science, National University of Singapore, 2013 – 2017

Skills
Swift, Kotlin, Android, iOS, Firebase, GraphQL`;

R.mdy = `Robert Johnson
Registered Nurse
robert.johnson@gmail.com | 555-234-5678

Experience
Registered Nurse, Mayo Clinic, Rochester MN                       05/15/2018 – Present
- Provided care for 6 patients per shift in a 32-bed cardiac unit
- Trained 12 new graduate nurses on telemetry monitoring
Nursing Assistant, St. Mary's Hospital                             06/01/2015 – 05/01/2018
- Assisted patients with daily living activities

Education
Bachelor of Science in Nursing, University of Minnesota, 2011 – 2015

Licenses
Registered Nurse, Minnesota Board of Nursing, 2018`;

R.gap = `Olivia Brown
Accountant
olivia.brown@gmail.com | 555-345-6789

Work Experience
Senior Accountant, Deloitte — Jan 2022 – Present
• Prepared consolidated financial statements for 15 client entities
Career break (travel and family), Jun 2020 – Dec 2021
Staff Accountant, KPMG — Sep 2016 – May 2020
• Reconciled 40 general ledger accounts each month

Education
B.Com. Accounting, University of Toronto, 2012 – 2016

Skills
Excel, QuickBooks, SAP, IFRS, GAAP`;

describe('whole resumes: the facts a reader checks', () => {
  // [resume, experience years (overlaps merged, "Present" = Jan 2025, study and projects left out), sections]
  it.each([
    ['us', 8.7, ['summary', 'experience', 'education', 'skills']],
    ['uk', 5.6, ['summary', 'experience', 'education', 'skills', 'references']],
    ['europass', 7.9, ['contact', 'experience', 'education', 'languages', 'skills']],
    ['india', 7.6, ['summary', 'education', 'experience', 'skills', 'projects', 'references']],
    ['academic', 6.1, ['summary', 'experience', 'education', 'publications', 'awards']],
    ['newgrad', 0.6, ['education', 'experience', 'projects', 'skills']],
    ['career', 11.1, ['summary', 'projects', 'experience', 'certifications', 'education']],
    ['senior', 21.1, ['summary', 'experience', 'education']],
    ['ymdates', 6.6, ['experience', 'education', 'skills']],
    ['apostrophe', 4.8, ['experience', 'education', 'skills']],
    ['wordy', 7.2, ['experience', 'education', 'skills']],
    ['since', 8.1, ['summary', 'experience', 'education', 'skills']],
    ['colons', 5.5, ['summary', 'experience', 'education', 'skills', 'awards']],
    ['spaced', 4.6, ['summary', 'experience', 'education', 'skills']],
    ['wrapped', 6.1, ['experience', 'education', 'skills']],
    ['hyphen', 5.7, ['experience', 'education', 'skills']],
    ['compline', 9.1, ['experience', 'education', 'skills']],
    ['datebefore', 9.5, ['experience', 'education', 'certifications']],
    ['duration', 5.9, ['experience', 'education', 'skills']],
    ['sublabels', 9.1, ['experience', 'education', 'skills']],
    ['nohead', 6.1, []],
    ['noblank', 7.1, ['experience', 'education', 'skills']],
    ['linkedin', 7.7, ['summary', 'experience', 'education']],
    ['glyphs', 7.6, ['experience', 'education', 'skills']],
    ['mdy', 9.7, ['experience', 'education', 'certifications']],
    ['gap', 6.8, ['experience', 'education', 'skills']],
  ] as const)('%s: %d years, sections %j', (id, yrs, sections) => {
    const r = parse(R[id]!);
    expect(r.experienceYears).toBe(yrs);
    expect(kinds(r)).toEqual(sections);
  });

  it('US: right-aligned dates, "Languages:" inside Skills stays a skills line', () => {
    const r = parse(R.us!);
    expect(r).toMatchObject({ name: 'MICHAEL CHEN', headline: 'Senior Software Engineer' });
    expect(r.contact).toEqual({ email: 'michael.chen@gmail.com', phone: '(555) 123-4567', links: ['linkedin.com/in/michaelchen', 'github.com/mchen'] });
    expect(r.titles).toEqual(['Senior Software Engineer', 'Software Engineer']);
    expect(r.bullets).toHaveLength(6);
    expect(r.bullets.filter((b) => b.hasNumber)).toHaveLength(5);
    expect(r.bullets.find((b) => b.text.startsWith('Worked on'))?.actionVerb).toBeNull();
    // Both skills lines ("Languages: Go, ..." and "Infrastructure: ...") are read as a skills list.
    const lines = r.text.split('\n');
    const { skillLines } = lineRoles(r, TODAY);
    expect(skillLines.has(lines.indexOf('Languages: Go, Java, Python, SQL'))).toBe(true);
    expect(skillLines.has(lines.findIndex((l) => l.startsWith('Infrastructure:')))).toBe(true);
  });

  it('UK CV: labelled contact lines, DD/MM dates with "present", Personal Profile', () => {
    const r = parse(R.uk!);
    expect(r.name).toBe('Oliver James Whitfield');
    expect(r.contact).toMatchObject({ email: 'oliver.whitfield@outlook.co.uk', phone: '+44 7700 900123', links: [] });
    expect(r.titles).toEqual(['Data Engineer', 'Junior Data Analyst']);
    expect(r.bullets).toHaveLength(5);
    expect(r.bullets.filter((b) => b.hasNumber)).toHaveLength(4);
  });

  it('Europass: "Name:" label, MM.YYYY dates above the title, ▪ bullets', () => {
    const r = parse(R.europass!);
    expect(r.name).toBe('Anna Katharina Müller');
    expect(r.contact).toMatchObject({ email: 'anna.mueller@web.de', phone: '+49 30 1234567' });
    expect(r.titles).toEqual(['Backend Developer', 'Software Developer']);
    expect(r.bullets.map((b) => b.actionVerb)).toEqual(['implemented', 'reduced', 'maintained', 'coordinated']);
  });

  it('Indian resume: +91 mobile, "Company | Title | Dates", ➢ bullets, "Till Date", DECLARATION; B.Tech is no website', () => {
    const r = parse(R.india!);
    expect(r.contact).toEqual({
      email: 'rahul.sharma95@gmail.com', phone: '+91 9876543210',
      links: ['linkedin.com/in/rahul-sharma-95', 'github.com/rahulsharma95'],
    });
    expect(r.experience.map((e) => [e.title, e.present])).toEqual([['Senior Systems Engineer', false], ['IT Analyst', true]]);
    expect(r.sections.some((s) => s.heading === 'DECLARATION')).toBe(true);
    // "Languages: Java, Python" belongs to TECHNICAL SKILLS, not to a spoken-languages section.
    expect(kinds(r)).not.toContain('languages');
    expect(r.bullets).toHaveLength(6);
    expect(r.bullets.find((b) => b.text.startsWith('Participated'))?.actionVerb).toBeNull();
  });

  it('academic CV: a post at a university is work; the Ph.D. is not', () => {
    const r = parse(R.academic!);
    expect(r.name).toBe('Dr. Elena Rossi');
    expect(r.headline).toBe('Assistant Professor of Computer Science');
    expect(r.titles).toEqual(expect.arrayContaining(['Assistant Professor', 'Postdoctoral Researcher']));
    expect(r.contact.links).toEqual(['elenarossi.github.io']);
    expect(r.experience.some((e) => e.start === 2014 * 12)).toBe(false);
  });

  it('new grad: internships count, "Summer 2023" is June-August, projects and "Expected May 2025" do not', () => {
    const r = parse(R.newgrad!);
    expect(r.experience.map((e) => [e.title, e.start % 12, e.end! % 12])).toEqual([
      ['Software Engineering Intern', 4, 7], ['Software Engineering Intern', 5, 7],
    ]);
    expect(r.contact.links).toEqual(['linkedin.com/in/priyapatel', 'github.com/ppatel', 'priyapatel.dev']);
    expect(r.bullets).toHaveLength(4);
    expect(r.bullets.every((b) => b.hasNumber && b.actionVerb)).toBe(true);
  });

  it('career changer: a teacher at a "High School" is a job; "Taught" is an action verb', () => {
    const r = parse(R.career!);
    expect(r.titles).toEqual(['UX Design Volunteer', 'English Teacher']);
    expect(r.contact.phone).toBe('312.555.0147');
    expect(r.bullets.map((b) => b.actionVerb)).toEqual(['conducted', 'designed', 'taught', 'led']);
  });

  it('senior with six roles: every title, "in/handle" LinkedIn, ● bullets', () => {
    const r = parse(R.senior!);
    expect(r.experience).toHaveLength(6);
    expect(r.titles).toEqual(['VP of Engineering', 'Director of Engineering', 'Engineering Manager', 'Senior Software Engineer', 'Software Engineer', 'Software Developer']);
    expect(r.contact).toEqual({ email: 'james.oconnor@protonmail.com', phone: '+1 (617) 555-0110', links: ['linkedin.com/in/jamesoconnor'] });
    expect(r.bullets).toHaveLength(8);
    expect(r.bullets.filter((b) => b.hasNumber)).toHaveLength(6);
  });

  it('the title two lines above the dates (Title / Company, City / Dates); "Portfolio:" is a contact line', () => {
    const r = parse(R.wordy!);
    expect(r.titles).toEqual(['Marketing Manager', 'Marketing Specialist']);
    expect(r.contact).toMatchObject({ phone: '555.123.4567', links: ['lauragomez.com'] });
    expect(kinds(r)).not.toContain('projects');
    expect(r.bullets).toHaveLength(5);
  });

  it('"Since 2021" is an open range; an employer named "Kiwi.com" is not the candidate\'s site', () => {
    const r = parse(R.since!);
    expect(r.experience.map((e) => [e.title, e.present])).toEqual([['DevOps Engineer', true], ['System Administrator', false]]);
    expect(r.contact.links).toEqual(['linkedin.com/in/danielnovak']);
    expect(r.bullets.map((b) => b.actionVerb)).toEqual(['operated', 'reduced', 'administered']);
  });

  it('headings with trailing colons, numbered bullets, "KEY ACHIEVEMENTS:"', () => {
    const r = parse(R.colons!);
    expect(r.titles).toEqual(['Data Scientist', 'Data Analyst']);
    expect(r.bullets).toHaveLength(4);
    expect(r.bullets[0]!.text).toMatch(/^Built a demand/);
  });

  it('letter-spaced headings after spaces are collapsed ("W O R K E X P E R I E N C E")', () => {
    const r = parse(R.spaced!);
    expect(r.headline).toBe('Full Stack Developer');
    expect(r.contact.links).toEqual(['jordanbaker.dev']);
    for (const h of ['W O R K   E X P E R I E N C E', 'T E C H N I C A L   S K I L L S', 'E D U C A T I O N']) {
      expect(detectHeading(normalizeText(h))?.kind, h).toBe(h.includes('W O R K') ? 'experience' : h.includes('S K I') ? 'skills' : 'education');
    }
  });

  it('bullets that wrap onto continuation lines are one bullet each', () => {
    const r = parse(R.wrapped!);
    expect(r.bullets).toHaveLength(4);
    expect(r.bullets[0]!.text).toBe('Developed a permissions service for Jira Cloud that handles 30,000 requests per second with p99 latency under 20 ms across 6 regions');
    expect(r.bullets[3]!.text).toMatch(/used by 2 million designers a week$/);
  });

  it('line-end hyphenation is undone in bullets; compounds keep their hyphen; Resume.text is untouched', () => {
    const r = parse(R.hyphen!);
    expect(r.bullets.map((b) => b.text)).toEqual([
      'Developed a scalable webhook delivery service processing 5M events a day',
      'Redesigned the retry queue, cutting duplicate deliveries by 90%',
      'Built cloud-native deployment pipelines on AWS',
      'Implemented self-service provisioning for 800 customers',
    ]);
    expect(r.bullets.map((b) => b.actionVerb)).toEqual(['developed', 'redesigned', 'built', 'implemented']);
    expect(r.text).toContain('Devel-\noped');
  });

  it('"Company | Title | Dates" lines; Behance and Dribbble links', () => {
    const r = parse(R.compline!);
    expect(r.experience.map((e) => e.title)).toEqual(['Senior Product Designer', 'Product Designer', 'UX Designer']);
    expect(r.contact).toMatchObject({ phone: '+1 (206) 555-0188', links: ['behance.net/ninapetrova', 'dribbble.com/nina'] });
    expect(r.bullets.map((b) => b.actionVerb)).toEqual(['redesigned', 'led', 'designed', 'ran']);
  });

  it('dates on the line before the title', () => {
    const r = parse(R.datebefore!);
    expect(r.experience.map((e) => e.title)).toEqual(['Cloud Architect', 'Systems Engineer']);
    expect(r.contact.phone).toBe('+971 50 123 4567');
  });

  it('"(3 years)" after a range does not disturb it', () => {
    const r = parse(R.duration!);
    expect(r.experience.map((e) => e.title)).toEqual(['QA Engineer', 'QA Analyst']);
    expect(r.contact.phone).toBe('+55 11 91234-5678');
  });

  it('"Key Achievements:", "Technologies:" and "Environment:" under a role do not end the Experience section', () => {
    const r = parse(R.sublabels!);
    expect(r.titles).toEqual(['Senior Java Developer', 'Java Developer', 'Graduate Engineer Trainee']);
    expect(r.contact.phone).toBe('+91-98450-12345');
    expect(r.bullets.map((b) => b.text)).toContain('Led a team of 6 developers on the returns platform');
    const lines = r.text.split('\n');
    expect(lineRoles(r, TODAY).skillLines.has(lines.findIndex((l) => l.startsWith('Technologies:')))).toBe(true);
  });

  it('a paste with no headings at all: roles still dated, sentences still bullets, the degree not work', () => {
    const r = parse(R.nohead!);
    expect(r).toMatchObject({ name: 'Grace Kim', headline: 'Product Manager' });
    expect(r.bullets.map((b) => b.actionVerb)).toEqual(['owned', 'launched', 'shipped']);
  });

  it('no blank lines between roles: the next employer is not glued onto the last bullet', () => {
    const r = parse(R.noblank!);
    expect(r.titles).toEqual(['Site Reliability Engineer', 'DevOps Engineer']);
    expect(r.bullets.map((b) => b.text)).toEqual([
      'Cut incident response time by 50% with automated runbooks', 'Built an SLO dashboard for 80 services',
      'Migrated 120 services from VMs to Kubernetes', 'Maintained the Terraform modules for AWS networking',
    ]);
  });

  it('LinkedIn "Save to PDF" layout: Company / Title / Dates (duration) / Place', () => {
    const r = parse(R.linkedin!);
    expect(r.titles).toEqual(['Senior Data Analyst', 'Data Analyst']);
    expect(r.contact.links).toEqual(['linkedin.com/in/hannahlee']);
    expect(r.bullets).toHaveLength(2);
  });

  it('◆ ➤ and Word\'s "o" bullets are markers, not text', () => {
    const r = parse(R.glyphs!);
    expect(r.bullets.map((b) => b.text.slice(0, 8))).toEqual(['Shipped ', 'Reduced ', 'Mentored', 'Built of', 'Improved']);
  });

  it('MM/DD/YYYY dates; a nurse is a title', () => {
    const r = parse(R.mdy!);
    expect(r.titles).toEqual(['Registered Nurse', 'Nursing Assistant']);
  });

  it('a dated career break is not work', () => {
    const r = parse(R.gap!);
    expect(r.experience.map((e) => e.title)).toEqual(['Senior Accountant', 'Staff Accountant']);
  });
});

describe('date formats', () => {
  it.each([
    ['January 2020 - Current', 61], ['2019 – Present', 73], ['03/2019 – 06/2021', 28], ['2019.03 – 2021.06', 28],
    ["Mar '19 – Jun '21", 28], ['Summer 2021', 3], ['Summer 2021 – Fall 2022', 18], ['2018 to 2020', 25],
    ['Since 2021', 49], ['(since March 2021)', 47], ['Jan–Mar 2020', 3], ['June - August 2021', 3],
    ['12/01/2019 - 06/30/2021', 19], ['01.03.2019 – 30.06.2021', 28], ['2019-03-01 – 2021-06-30', 28],
    ['Jan 2020 – Till Now', 61], ['May 2019 - Till date', 69], ['04/19 - 06/21', 27], ['2012–16', 49],
    ['Q1 2020 – Q3 2021', 21], ['Oct 2015 – Jul 2017 · 1 yr 10 mos', 22], ['Mar 2019 – Present (5 yrs 10 mos)', 71],
    ['08/2019 – heute', 66], ['Fall 2019 - Spring 2021', 21],
  ])('%s covers %i months', (text, m) => {
    expect(findDateRanges(normalizeText(text), NOW)).toHaveLength(1);
    expect(months(text)).toBe(m);
  });

  it('"(2 years)" alone, a lone year, "since" inside a long sentence and a phone number are no ranges', () => {
    for (const s of ['(2 years)', 'Graduated 2019', '+1 415 555 0123', 'Version 3/4 of the API', '• Maintained the billing service since 2012',
      'Reduced the backlog that had grown steadily since 2019 by automating triage for the support and billing teams']) {
      expect(findDateRanges(s, NOW), s).toEqual([]);
    }
  });

  it('ranges summed with overlaps merged', () => {
    expect(years(months('Jan 2020 - Dec 2020') + 0)).toBe(1);
    const a = findDateRanges('Summer 2021', NOW);
    const b = findDateRanges('Jun 2021 – Jul 2021', NOW);
    expect(mergedMonths([...a, ...b])).toBe(3);
  });
});

describe('headings people use', () => {
  it.each([
    ['Professional Experience', 'experience'], ['Employment History', 'experience'], ['Work History', 'experience'],
    ['Career History', 'experience'], ['Technical Proficiencies', 'skills'], ['Core Competencies', 'skills'],
    ['Key Achievements', 'awards'], ['Relevant Projects', 'projects'], ['PERSONAL PROFILE', 'summary'],
    ['Academic Appointments', 'experience'], ['Research Interests', 'summary'], ['Educational Qualifications', 'education'],
    ['Professional Qualifications', 'certifications'], ['Extra-Curricular Activities', 'interests'],
    ['Positions of Responsibility', 'volunteering'], ['Declaration', 'references'], ['Languages Known', 'languages'],
    ['Experience (continued)', 'experience'], ['— EXPERIENCE —', 'experience'], ['Work Experience (Selected)', 'experience'],
    ['EMPLOYMENT HISTORY:', 'experience'], ['Technical Competencies', 'skills'], ['Digital Skills', 'skills'],
    ['Internships', 'experience'], ['Selected Publications', 'publications'], ['Grants and Awards', 'awards'],
  ])('%s -> %s', (line, kind) => {
    expect(detectHeading(normalizeText(line))?.kind).toBe(kind);
  });

  it('contact labels with values are not headings; skills sub-labels stay in Skills', () => {
    expect(detectHeading('Portfolio: janedoe.com')).toBeNull();
    expect(detectHeading('Links: github.com/jdoe')).toBeNull();
    const { sections } = splitSections(['Jane', 'SKILLS', 'Languages: Go, Rust', 'Tools: Docker', '', 'EDUCATION', 'BSc, MIT, 2019']);
    expect(sections.map((s) => s.kind)).toEqual(['contact', 'skills', 'education']);
  });

  it('a one-line "Skills:" section at the end is still a section', () => {
    const { sections, lineKinds } = splitSections(['EXPERIENCE', 'Engineer, Acme, 2019 - 2021', '• Built things for 3 teams', 'Skills: Go, Python', 'Languages: English, French']);
    // The languages line right after it is read as part of that skills list.
    expect(sections.map((s) => s.kind)).toEqual(['experience', 'skills']);
    expect(lineKinds.slice(3)).toEqual(['skills', 'skills']);
  });
});

describe('contact details', () => {
  it.each([
    ['Phone: (555) 123-4567', '(555) 123-4567'], ['Tel.: +49 (0) 30 1234567', '+49 (0) 30 1234567'],
    ['Mobile: +91 98765 43210', '+91 98765 43210'], ['+91-98765-43210', '+91-98765-43210'], ['555.123.4567', '555.123.4567'],
    ['07700 900123', '07700 900123'], ['+33 6 12 34 56 78', '+33 6 12 34 56 78'], ['(+91) 9876543210', '(+91) 9876543210'],
  ])('%s -> %s', (line, phone) => {
    expect(findPhone(normalizeText(line))).toBe(phone);
  });

  it.each([
    ['in/janedoe', ['linkedin.com/in/janedoe']],
    ['LinkedIn: in/jane-doe | GitHub: jdoe', ['linkedin.com/in/jane-doe', 'github.com/jdoe']],
    ['https://www.linkedin.com/in/jane-doe-123/', ['linkedin.com/in/jane-doe-123']],
    ['LinkedIn: https://linkedin.com/in/jd | GitHub: https://github.com/jd', ['linkedin.com/in/jd', 'github.com/jd']],
    ['LinkedIn | GitHub | Portfolio', []],
    ['B.Tech, M.Sc, Node.JS', []],
    ['jane@doe.dev | janedoe.dev', ['janedoe.dev']],
  ] as const)('%s -> %j', (line, links) => {
    expect(findLinks(line)).toEqual(links);
  });
});

describe('line-end hyphenation (bullets only)', () => {
  it.each([
    ['• Devel-', 'oped', '• Developed'], ['a scal-', 'able service', 'a scalable service'],
    ['Built cloud-', 'native apps', 'Built cloud-native apps'], ['non-', 'blocking I/O', 'non-blocking I/O'],
    ['Re-', 'designed', 'Redesigned'], ['the re-', 'quirements', 'the requirements'],
    ['Used Kafka -', 'and Redis', 'Used Kafka - and Redis'], ['Built the API-', 'Gateway', 'Built the API- Gateway'],
  ])('%s + %s -> %s', (a, b, joined) => {
    expect(joinWrapped(a, b)).toBe(joined);
  });

  it('prefixed verbs still count as action verbs', () => {
    expect(actionVerbOf('Re-designed the queue')).toBe('redesigned');
    expect(actionVerbOf('Co-founded a startup')).toBe('co-founded');
  });
});

describe('PDF layouts', () => {
  const pdfResume = () => buildPdf([[
    { x: 72, y: 740, text: 'Samuel Okafor', size: 16 },
    { x: 72, y: 722, text: 'Platform Engineer' },
    { x: 72, y: 706, text: 'samuel.okafor@gmail.com | +44 20 7946 0958 | linkedin.com/in/samokafor' },
    { x: 72, y: 680, text: 'EXPERIENCE', size: 12 },
    { x: 72, y: 662, text: 'Platform Engineer, Monzo' },
    { x: 460, y: 662, text: 'Mar 2021 - Present' },
    { x: 80, y: 648, text: '- Devel-' },
    { x: 88, y: 634, text: 'oped a self-service deployment platform used by 300 engineers' },
    { x: 80, y: 620, text: '- Cut build times by 40% with remote caching' },
    { x: 72, y: 600, text: 'Software Engineer, Ocado Technology' },
    { x: 460, y: 600, text: '06/2018 - 02/2021' },
    { x: 80, y: 586, text: '- Built warehouse robot telemetry pipelines in Go and Kafka' },
    { x: 72, y: 560, text: 'EDUCATION', size: 12 },
    { x: 72, y: 542, text: 'BSc Computer Science, University of Bristol' },
    { x: 460, y: 542, text: '2015 - 2018' },
    { x: 72, y: 516, text: 'SKILLS', size: 12 },
    { x: 72, y: 498, text: 'Go, Kubernetes, Terraform, Kafka, AWS, Bazel' },
  ]]);

  it('right-aligned dates on the title line, a hyphen-wrapped bullet, education left out', async () => {
    const r = await readResumeFile(pdfResume(), undefined, TODAY);
    expect(r).toMatchObject({ name: 'Samuel Okafor', headline: 'Platform Engineer' });
    expect(r.contact).toEqual({ email: 'samuel.okafor@gmail.com', phone: '+44 20 7946 0958', links: ['linkedin.com/in/samokafor'] });
    expect(r.experience.map((e) => e.title)).toEqual(['Platform Engineer', 'Software Engineer']);
    // Jun 2018 - Feb 2021 (33 months) + Mar 2021 - Jan 2025 (47 months).
    expect(r.experienceYears).toBe(years(80));
    expect(r.bullets.map((b) => b.text)).toEqual([
      'Developed a self-service deployment platform used by 300 engineers',
      'Cut build times by 40% with remote caching',
      'Built warehouse robot telemetry pipelines in Go and Kafka',
    ]);
    expect(kinds(r)).toEqual(['experience', 'education', 'skills']);
  });
});

describe('sub-headings under a role', () => {
  const text = (heading: string) => [
    'Maya Cohen', 'Operations Manager', 'maya.cohen@gmail.com | 555-222-3333', '',
    heading, 'Operations Manager, Zappos, 2019 – Present', 'Key Achievements',
    '• Cut fulfilment costs by 12% across 3 warehouses', '• Hired and trained 25 supervisors',
    'Operations Supervisor, Amazon, 2015 – 2019', 'Highlights', '• Ran a 60-person night shift', '',
    'EDUCATION', 'BA Business, Arizona State University, 2011 – 2015',
  ].join('\n');

  it.each(['EXPERIENCE', 'Experience'])('"Key Achievements" and "Highlights" inside %s keep the next role in Experience', (heading) => {
    const r = parse(text(heading));
    expect(r.titles).toEqual(['Operations Manager', 'Operations Supervisor']);
    // 2015 - Present (Jan 2025); the degree is not work.
    expect(r.experienceYears).toBe(10.1);
    expect(r.bullets.length).toBeGreaterThanOrEqual(2);
  });
});

describe('bullet facts', () => {
  it.each([
    ['Developed apps using Java 8 and Spring 5', false], ['Upgraded services to Python 3.11', false],
    ['Administered Oracle 12c and SQL Server 2019', false], ['Released v2.3.1 of the SDK', false],
    ['Handled Tier 2 support tickets', false], ['Reduced costs by 30%', true], ['Grew revenue 3x', true],
    ['Moved 40 services from Java 8 to Java 17', true], ['Served 2M users', true], ['Streamed Kafka 500 times a day', true],
    ['Partitioned Kafka 50 topics', true], ['Used React 18 and Redux', false],
  ])('%s: has a number = %s', (text, expected) => {
    expect(parse(`EXPERIENCE\nEngineer, Acme, 2020 - Present\n• ${text}`).bullets[0]?.hasNumber).toBe(expected);
  });

  it.each([
    ['Leads a team of 4', 'lead'], ['Manages the release train', 'manage'], ['Developing internal APIs', 'develop'],
    ['Re-designed the queue', 'redesigned'], ['Sales growth of 10%', null], ['Responsible for billing', null],
  ])('%s -> %s', (text, verb) => {
    expect(actionVerbOf(text)).toBe(verb);
  });

  it('a role that has not started yet is not experience', () => {
    const r = parse('EXPERIENCE\nIncoming Software Engineering Intern, Stripe, Summer 2025\nSoftware Engineering Intern, Ramp, Jun 2024 - Aug 2024');
    expect(r.experience).toHaveLength(1);
    expect(r.experienceYears).toBe(0.3);
  });
});

describe('study or work: the degree filter', () => {
  it.each([
    ['Software Engineer, HubSpot, Cambridge, MA, 2019 – 2021', 1], ['Scrum Master | Atlassian | 2019 – 2021', 1],
    ['Analyst, Jackson, MS 39201, 2018 – 2020', 1], ['Graduate Engineer Trainee, TCS, 2016 – 2017', 1],
    ['Research Assistant, Stanford University, 2016 – 2017', 1], ['Lecturer in Economics, University of Leeds, 2016 – 2017', 1],
    ['MS Computer Science, Stanford, 2017 – 2019', 0], ['B.S. Physics, MIT, 2013 – 2017', 0],
    ['Bachelor of Science, UCLA, 2013 – 2017', 0], ['BSc Maths, 2010 – 2013', 0], ['Stanford University, 2013 – 2017', 0],
  ])('%s in Experience: %i role', (line, n) => {
    expect(parse(`EXPERIENCE\n${line}`).experience).toHaveLength(n);
  });
});

describe('Indian service-company format', () => {
  const text = `SURESH KUMAR
Email: suresh.k@rediffmail.com
Mobile: +91 98450 12345

PROFESSIONAL SUMMARY
• 6+ years of experience in Java and Spring Boot development.
• Good knowledge of microservices.

PROFESSIONAL EXPERIENCE
• Working as Senior Software Engineer in Cognizant Technology Solutions, Chennai from June 2019 to till date.
• Worked as Software Engineer in HCL Technologies, Noida from July 2016 to May 2019.

PROJECT DETAILS
Project #1: Core Banking Modernisation
Client: Citibank
Role: Senior Software Engineer
Duration: Jan 2021 – Present
Team Size: 8
Roles & Responsibilities:
• Developed 25 REST APIs with Spring Boot
• Involved in code reviews

EDUCATIONAL QUALIFICATION
B.Tech (ECE) from JNTU Hyderabad with 72% in 2016.

TECHNICAL SKILLS
Languages: Java, SQL
Frameworks: Spring Boot, Hibernate

PERSONAL DETAILS
Father's Name: Ramesh Kumar
Date of Birth: 12-05-1994
Languages Known: English, Hindi, Telugu

DECLARATION
I hereby declare that the information furnished above is true to the best of my knowledge.
Place: Hyderabad                                              (SURESH KUMAR)`;

  it('"Working as X in Company from June 2019 to till date", PROJECT DETAILS, PERSONAL DETAILS, DECLARATION', () => {
    const r = parse(text);
    expect(r).toMatchObject({ name: 'SURESH KUMAR', headline: 'Senior Software Engineer' });
    expect(r.contact).toEqual({ email: 'suresh.k@rediffmail.com', phone: '+91 98450 12345', links: [] });
    expect(r.titles).toEqual(['Senior Software Engineer', 'Software Engineer']);
    // Jul 2016 - May 2019 and Jun 2019 - "till date" (Jan 2025); the project's dates are not counted again.
    expect(r.experienceYears).toBe(8.6);
    expect(r.experience).toHaveLength(2);
    expect(kinds(r)).toEqual(['summary', 'experience', 'projects', 'education', 'skills', 'contact', 'languages', 'references']);
    expect(r.bullets.map((b) => b.actionVerb)).toEqual([null, null, 'developed', null]);
  });
});

describe('phone numbers are not publication identifiers', () => {
  it('an ISBN in Publications is no phone; the real one is found wherever it is', () => {
    expect(findPhone('Publications\nRossi, E. Probabilistic Programs. Springer, ISBN 978-3-16-148410-0.')).toBeNull();
    expect(findPhone('ISBN 978-3-16-148410-0\nContact\nPhone: +39 06 1234 5678')).toBe('+39 06 1234 5678');
  });
});

describe('heading style decides what is a sub-heading', () => {
  it('"PROJECTS:" after "EXPERIENCE:" in a resume that writes every heading with a colon is a section', () => {
    const r = parse([
      'Ivan Petrov', 'ivan.petrov@gmail.com', '', 'EXPERIENCE:', 'Backend Engineer, Yandex, 2020 – Present',
      '• Built 4 services', 'PROJECTS:', 'Chess engine, 2012 – 2019', '• Wrote a UCI engine in C++', '', 'EDUCATION:', 'MSU, 2010 – 2014',
    ].join('\n'));
    expect(kinds(r)).toEqual(['experience', 'projects', 'education']);
    expect(r.experienceYears).toBe(5.1);
  });

  it('"Projects:" under "EXPERIENCE" is part of the role', () => {
    const r = parse([
      'Ivan Petrov', 'ivan.petrov@gmail.com', '', 'EXPERIENCE', 'Backend Engineer, Yandex, 2020 – Present', 'Projects:',
      '• Built 4 services', 'Software Engineer, Kaspersky, 2016 – 2020', '• Wrote 3 scanners', '', 'EDUCATION', 'MSU, 2010 – 2014',
    ].join('\n'));
    expect(kinds(r)).toEqual(['experience', 'education']);
    expect(r.experienceYears).toBe(9.1);
  });
});

describe('titles read from role lines', () => {
  it.each([
    ['Software Engineer Google Mountain View, CA Jan 2020 – Present', 'Software Engineer'],
    ['Senior Java Developer Flipkart Bengaluru 2019 – 2021', 'Senior Java Developer'],
    ['Head of Engineering, Acme, 2019 – 2021', 'Head of Engineering'],
    ['Software Development Engineer III 2012 – 2017', 'Software Development Engineer III'],
    ['Software Engineer (Front-End) Jun 2022 – Present', 'Software Engineer (Front-End)'],
    ['Engineer in Test 2019 – 2021', 'Engineer in Test'],
    ['Role: Java Developer | Duration: Jan 2019 – Dec 2020', 'Java Developer'],
    ['• Working as Senior Analyst in Deloitte from March 2018 to till date.', 'Senior Analyst'],
  ])('%s -> %s', (line, title) => {
    expect(parse(`EXPERIENCE\n${line}`).experience[0]?.title).toBe(title);
  });
});

describe('skills listed one per line', () => {
  it('"Research", "Leadership", "Training" under SKILLS are skills, not new sections', () => {
    const { sections } = splitSections(['SKILLS', 'Python', 'Research', 'Training', 'Leadership', '', 'EDUCATION', 'BSc, 2019']);
    expect(sections.map((s) => s.kind)).toEqual(['skills', 'education']);
  });
});

describe('PDF: "Company | Title | Dates" lines with • bullets and en-dash ranges (WinAnsi glyphs)', () => {
  const B = '\x95'; // • in WinAnsiEncoding
  const D = '\x96'; // – in WinAnsiEncoding
  const pdf = () => buildPdf([[
    { x: 72, y: 740, text: 'Ana Souza', size: 16 },
    { x: 72, y: 722, text: `ana.souza@gmail.com ${B} +55 21 98765-4321 ${B} github.com/anasouza` },
    { x: 72, y: 696, text: 'WORK HISTORY', size: 12 },
    { x: 72, y: 678, text: `Nubank | Senior Backend Engineer | Apr 2021 ${D} Present` },
    { x: 80, y: 664, text: `${B} Built a Clojure ledger service handling 9,000 transactions per` },
    { x: 88, y: 650, text: 'second across 3 regions' },
    { x: 80, y: 636, text: `${B} Mentored 4 engineers` },
    { x: 72, y: 616, text: `Stone | Backend Engineer | Feb 2018 ${D} Mar 2021` },
    { x: 80, y: 602, text: `${B} Reduced payment authorisation latency by 35%` },
    { x: 72, y: 578, text: 'RELEVANT PROJECTS', size: 12 },
    { x: 72, y: 560, text: `Open-source Kafka connector | 2016 ${D} 2018` },
    { x: 72, y: 536, text: 'TECHNICAL SKILLS', size: 12 },
    { x: 72, y: 518, text: 'Clojure, Kotlin, Kafka, PostgreSQL, AWS' },
  ]]);

  it('reads titles, years without the project, and the wrapped bullet as one', async () => {
    const r = await readResumeFile(pdf(), undefined, TODAY);
    expect(r.contact).toEqual({ email: 'ana.souza@gmail.com', phone: '+55 21 98765-4321', links: ['github.com/anasouza'] });
    expect(r.titles).toEqual(['Senior Backend Engineer', 'Backend Engineer']);
    // Feb 2018 - Mar 2021 (38 months) + Apr 2021 - Jan 2025 (46 months); the 2016-2018 project is not work.
    expect(r.experienceYears).toBe(years(84));
    expect(r.bullets.map((b) => b.text)).toEqual([
      'Built a Clojure ledger service handling 9,000 transactions per second across 3 regions',
      'Mentored 4 engineers', 'Reduced payment authorisation latency by 35%',
    ]);
    expect(kinds(r)).toEqual(['experience', 'projects', 'skills']);
  });
});
