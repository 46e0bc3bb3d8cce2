-- The backend roadmap's top-level steps. Ids are fixed literals: other services key their read models and
-- learners' progress by these ids, so they must be the same in every environment and after every rebuild.
-- Summaries are written for Learnpath; the order follows the path most backend guides agree on, from a first
-- language to running systems in production.
INSERT INTO roadmaps (id, slug, title, description, version)
VALUES ('96eb5339-247d-493b-a920-7a0b989e1024', 'backend', 'Backend Developer',
        'The path from writing your first server-side program to designing, shipping and running services that '
            || 'hold up under real traffic. Work through the steps in order; each one builds on the ones before it.',
        1);

INSERT INTO topics (id, roadmap_id, slug, title, summary, level, position)
VALUES
    ('344fc060-d2e7-423a-a91e-cd8184092f5f', '96eb5339-247d-493b-a920-7a0b989e1024', 'programming-language',
     'Learn a Programming Language',
     'Choose one language that runs on servers, such as Java, Python, Go, C# or JavaScript on Node.js, and stick '
         || 'with it until variables, types, functions, objects and error handling feel natural. Depth in one '
         || 'language transfers to the next far better than a little of many.',
     'BEGINNER', 1),
    ('8698c555-9d42-480f-8bd9-7fc5ffce9ccb', '96eb5339-247d-493b-a920-7a0b989e1024', 'version-control',
     'Version Control with Git',
     'Track every change to your code with Git: commit, branch, merge and resolve conflicts. Host your work on '
         || 'GitHub or GitLab and get used to pull requests, because that is how teams review and combine code.',
     'BEGINNER', 2),
    ('7c913675-e352-49f7-8709-36be5c2c3d83', '96eb5339-247d-493b-a920-7a0b989e1024', 'how-the-web-works',
     'How the Web and HTTP Work',
     'Follow a request from the browser to your server and back: DNS lookups, TCP and TLS, then HTTP methods, '
         || 'status codes and headers. Everything a backend does for the web travels this way.',
     'BEGINNER', 3),
    ('452f185c-a0a1-46ce-868d-857cc69e1fef', '96eb5339-247d-493b-a920-7a0b989e1024', 'data-structures-algorithms',
     'Data Structures and Algorithms',
     'Know when a list, hash map, tree, queue or graph fits the problem, and how sorting and searching scale '
         || 'with the size of the input. Big-O reasoning is what tells a quick endpoint from one that falls over '
         || 'as data grows.',
     'BEGINNER', 4),
    ('fd6a41ff-59bb-4050-bd05-46c17e83f929', '96eb5339-247d-493b-a920-7a0b989e1024', 'relational-databases',
     'Relational Databases and SQL',
     'Model data as tables with keys and relations in PostgreSQL or MySQL, query it with SQL joins and '
         || 'aggregates, and keep it consistent with transactions. Learn how indexes make reads fast and what '
         || 'they cost on writes.',
     'BEGINNER', 5),
    ('ed64f523-c630-4849-9e89-8ce838fb63bd', '96eb5339-247d-493b-a920-7a0b989e1024', 'nosql-databases',
     'NoSQL Databases',
     'Meet the stores that give up fixed schemas or joins for flexibility and scale: documents in MongoDB, '
         || 'wide columns in Cassandra, key-value pairs in Redis. The skill is knowing which trade-off a given '
         || 'workload can live with.',
     'INTERMEDIATE', 6),
    ('b47b252a-f804-46f0-874d-26dd6ee8ae49', '96eb5339-247d-493b-a920-7a0b989e1024', 'rest-apis',
     'REST APIs and JSON',
     'Design APIs around resources and HTTP verbs, exchange JSON, and keep requests stateless so any server '
         || 'can answer them. Versioning, pagination and clear error responses are part of the contract; GraphQL '
         || 'and SOAP are alternatives worth recognising.',
     'INTERMEDIATE', 7),
    ('5892006a-873f-4f65-a5de-8124e17f3e82', '96eb5339-247d-493b-a920-7a0b989e1024', 'authentication',
     'Authentication and Authorization',
     'Confirm who a caller is and decide what they may do. Compare server sessions with cookies to signed '
         || 'tokens such as JWTs, learn the flows of OAuth 2.0 and OpenID Connect, and never store a password '
         || 'without a slow, salted hash.',
     'INTERMEDIATE', 8),
    ('22c4fad0-dcb2-4ba4-bd84-2fa7957b74bf', '96eb5339-247d-493b-a920-7a0b989e1024', 'web-frameworks',
     'A Backend Framework',
     'Build real applications with a framework for your language, such as Spring Boot, Django, Express, '
         || 'ASP.NET Core, Laravel or Rails. It handles routing, configuration and database access so your own '
         || 'code can focus on the business rules.',
     'INTERMEDIATE', 9),
    ('78dfaa06-1635-4570-ad04-9dd4e096dca6', '96eb5339-247d-493b-a920-7a0b989e1024', 'testing',
     'Testing',
     'Protect your code with unit tests for the logic and integration tests against a real database and '
         || 'broker, then functional tests for whole features. Coverage reports such as JaCoCo and static '
         || 'analysis such as SonarQube show what is still unguarded.',
     'INTERMEDIATE', 10),
    ('ab2db65e-acd5-49bd-ae11-a01d85b88268', '96eb5339-247d-493b-a920-7a0b989e1024', 'caching',
     'Caching',
     'Keep answers that are expensive to compute close to where they are needed: in the client through HTTP '
         || 'caching headers, at the edge in a CDN, or on the server in Redis. The hard part is deciding when a '
         || 'cached copy is no longer true.',
     'INTERMEDIATE', 11),
    ('4a740478-bb2f-4b75-9f45-a92d552ace3c', '96eb5339-247d-493b-a920-7a0b989e1024', 'web-security',
     'Web Security',
     'Serve everything over HTTPS, validate every input, and know the common attacks from the OWASP Top 10, '
         || 'such as SQL injection and cross-site scripting. CORS, secure hashing and rate limiting complete the '
         || 'basic toolkit.',
     'INTERMEDIATE', 12),
    ('646ca247-0721-45ce-a27f-d97ba745e7b3', '96eb5339-247d-493b-a920-7a0b989e1024', 'containers-ci-cd',
     'Containers and CI/CD',
     'Package a service with everything it needs in a Docker image so it runs the same on every machine, and '
         || 'let a pipeline such as GitHub Actions or Jenkins build, test and deploy each change. Kubernetes is '
         || 'where those containers usually end up running.',
     'ADVANCED', 13),
    ('ec4fa31a-a610-48c2-85bb-a8275e0b76f1', '96eb5339-247d-493b-a920-7a0b989e1024', 'message-brokers',
     'Message Brokers',
     'Let services talk without waiting on each other by passing messages through a broker such as RabbitMQ or '
         || 'Kafka. Learn queues versus publish-subscribe, delivery guarantees, and why consumers must cope with '
         || 'the same message arriving twice.',
     'ADVANCED', 14),
    ('2998150f-4e7a-4f8a-bc6a-6df9414265ff', '96eb5339-247d-493b-a920-7a0b989e1024', 'scaling-architecture',
     'Scaling and Architecture',
     'Grow a system by giving a server more resources or by adding servers behind a load balancer, and learn '
         || 'when a monolith should become microservices. Patterns such as SOA and CQRS, and real-time channels '
         || 'like WebSockets, belong to this step.',
     'ADVANCED', 15),
    ('2612eee4-4914-4a6e-9c10-255fb629e13c', '96eb5339-247d-493b-a920-7a0b989e1024', 'observability',
     'Observability',
     'See what your services do in production through structured logs, metrics and distributed traces, '
         || 'gathered with tools like Prometheus, Grafana and OpenTelemetry. Good signals and alerts turn an '
         || 'outage from guesswork into a diagnosis.',
     'ADVANCED', 16);
