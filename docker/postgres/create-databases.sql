-- Each service owns its database; one server holds all three here (separable in production).
CREATE DATABASE topics_service;
CREATE DATABASE verdict_service;
CREATE DATABASE feedback_service;
