package archive.core.provenance;

import archive.core.provenance.analysis.Sentence;
import java.util.List;
import java.util.Map;

/** Sentence templates of the synthetic corpus, by event type, with {slot} placeholders from {@link Story#slots()}. */
final class StoryTemplates {

    static final List<String> EVENT_TYPES = List.of(
            "meeting", "exercise", "contract", "deployment", "aid", "briefing", "test", "ceremony");

    static final Map<String, List<String>> TITLES = Map.of(
            "meeting", List.of("{leadLast} Hosts {Partner}'s Defense Minister for Talks on {topic}",
                    "U.S., {Partner} Defense Leaders Meet at Pentagon"),
            "exercise", List.of("{exercise} Brings U.S., {Partner} Forces Together at {place}",
                    "Troops Wrap Up {exercise} Exercise With {Partner}"),
            "contract", List.of("Pentagon Awards {money} Contract for {system}",
                    "{system} Contract Worth {money} Announced"),
            "deployment", List.of("{unit} Deploys {troops} Troops to {place}",
                    "Pentagon Orders {unit} Rotation to {place}"),
            "aid", List.of("U.S. Announces {money} Security Assistance Package for {Partner}",
                    "New {money} Aid Package for {Partner} Includes {system}"),
            "briefing", List.of("{leadLast} Briefs Reporters on {topic} and {Partner}",
                    "Pentagon Official Discusses {topic} With Reporters"),
            "test", List.of("{command} Completes Test of {system}", "{system} Test Succeeds at {place}"),
            "ceremony", List.of("{unit} Welcomes New Commander at {place}", "{second} Takes Command of {unit}"));

    static final Map<String, List<String>> LEDES = Map.of(
            "meeting", List.of(
                    "{lead} met with {partner}'s Defense Minister {partnerOfficial} at the Pentagon on {weekday} to discuss {topic} and the future of the bilateral defense relationship.",
                    "{lead} hosted {partnerOfficial}, the defense minister of {partner}, for talks at the Pentagon that focused on {topic}.",
                    "Senior defense leaders from the United States and {partner} gathered at the Pentagon on {weekday} for an annual policy dialogue with {topic} at the top of the agenda."),
            "exercise", List.of(
                    "About {troops} service members from the United States and {partner} began the {exercise} exercise at {place} on {weekday}, the largest combined drill the two countries have held there.",
                    "Forces from the {unit} and the armed forces of {partner} wrapped up {exercise}, a {count}-day exercise at {place} that rehearsed {topic}.",
                    "The {exercise} exercise opened at {place} this week with {troops} participants practicing {topic} alongside troops from {partner}."),
            "contract", List.of(
                    "The Defense Department awarded a {money} contract on {weekday} for the production and sustainment of the {system}, officials announced.",
                    "A {money} contract to build additional {system} units was announced by the Pentagon on {weekday}, expanding a program that supports {topic}.",
                    "{lead} announced a {money} award to expand production of the {system}, citing demand from {command} and partners such as {partner}."),
            "deployment", List.of(
                    "The {unit} will deploy about {troops} soldiers to {place} in the coming weeks, the Pentagon announced on {weekday}.",
                    "{lead} approved the rotational deployment of {troops} troops from the {unit} to {place} to reassure {partner} and other allies.",
                    "Roughly {troops} personnel assigned to the {unit} are heading to {place} under orders signed by {lead} this week."),
            "aid", List.of(
                    "The United States will provide {partner} with a {money} security assistance package that includes the {system}, {lead} announced on {weekday}.",
                    "A new {money} package of military aid for {partner}, including additional {system} units, was announced by {lead}.",
                    "{lead} unveiled {money} in security assistance for {partner} on {weekday}, saying the package will strengthen {topic}."),
            "briefing", List.of(
                    "{lead} told reporters at the Pentagon on {weekday} that cooperation with {partner} on {topic} has accelerated over the past year.",
                    "Speaking at a Pentagon news briefing on {weekday}, {lead} outlined plans to expand {topic} with {partner} and other partners.",
                    "{lead} used a Pentagon briefing on {weekday} to describe progress on {topic} and the role of the {unit}."),
            "test", List.of(
                    "{command} completed a successful test of the {system} at {place} on {weekday}, officials said.",
                    "Engineers and service members at {place} conducted a test of the {system} this week that {command} described as a major milestone for {topic}.",
                    "The {system} passed a key flight test at {place}, clearing the way for production decisions later this year, according to {command}."),
            "ceremony", List.of(
                    "{second} assumed command of the {unit} during a ceremony at {place} on {weekday} presided over by {lead}.",
                    "The {unit} welcomed a new commander, {second}, in a change of command ceremony at {place}.",
                    "{lead} presided over a ceremony at {place} on {weekday} where {second} took command of the {unit}."));

    static final Map<String, List<String>> DETAILS = Map.of(
            "meeting", List.of(
                    "The two officials reviewed progress on a roadmap signed in {prevYear} that commits both nations to expand {topic} over the next {count} years.",
                    "{partnerLast} briefed {leadLast} on {partner}'s plan to raise defense spending by {percent} percent and to buy more {system} units.",
                    "The delegations discussed rotational deployments of the {unit} to {place}, where about {troops} U.S. personnel are stationed.",
                    "A joint working group on {topic} will meet again in {nextMonth} to draft specific proposals.",
                    "{leadLast} thanked {partnerLast} for {partner}'s contributions to {command} operations and for hosting U.S. forces."),
            "exercise", List.of(
                    "Participants practiced {topic}, live-fire drills and the movement of heavy equipment across {count} training sites.",
                    "The {system} was employed for the first time in the exercise, giving crews from {partner} a chance to train alongside U.S. operators.",
                    "Planners from {command} said the exercise tested the ability to move {troops} troops and their equipment within {count} days.",
                    "Observers from {count} other nations attended the final phase of {exercise} at {place}.",
                    "{second}, who commanded the U.S. contingent, said the training exposed gaps in communications that units will fix before the next rotation."),
            "contract", List.of(
                    "Work on the contract will be performed at {count} locations and is expected to be completed by {nextMonth} {year} plus five years.",
                    "The award includes options that could raise the total value beyond {money} if all are exercised.",
                    "Program officials said the {system} fleet has grown by {percent} percent since {prevYear}, driven by requirements from {command}.",
                    "{partner} is among the foreign customers expected to buy the {system} through the Foreign Military Sales program.",
                    "{second} said the contract will stabilize the supply chain for {topic} and protect jobs at smaller suppliers."),
            "deployment", List.of(
                    "The soldiers will replace a unit that has been at {place} since {prevYear}, keeping the overall U.S. presence at about {troops} troops.",
                    "The deployment supports {command} efforts on {topic} and will last about {count} months.",
                    "{partner} requested the additional forces after a review of regional threats, officials said.",
                    "Equipment for the {unit}, including the {system}, began arriving at {place} by rail and sea last week.",
                    "{second} will lead the deployed force and report to {command} headquarters."),
            "aid", List.of(
                    "The package draws on existing stocks and includes ammunition, spare parts and training for {partner}'s forces.",
                    "It is the {count}th package announced for {partner} since {prevYear}, bringing the total to more than {money}.",
                    "Deliveries of the {system} are expected to begin in {nextMonth}, with training conducted at {place}.",
                    "Officials said the assistance will help {partner} improve {topic} and protect critical infrastructure.",
                    "{partnerOfficial} welcomed the package and said it would be put to use immediately."),
            "briefing", List.of(
                    "{leadLast} said the department is tracking {count} initiatives with {partner} and expects several to be completed by {nextMonth}.",
                    "Asked about the {unit}, {leadLast} said the unit remains on track to complete its mission at {place}.",
                    "{leadLast} declined to discuss specific intelligence but said threats to {topic} had grown by {percent} percent in some areas.",
                    "The briefing also covered the {system} program, which {leadLast} said is meeting its schedule.",
                    "{leadLast} noted that {partnerOfficial} is expected to visit Washington in {nextMonth}."),
            "test", List.of(
                    "During the test, the {system} tracked and engaged {count} targets under realistic conditions.",
                    "Data from the test will inform a production decision expected in {nextMonth}, program officials said.",
                    "{second}, the program's test director, said the results exceeded requirements by {percent} percent.",
                    "Personnel from {partner} observed the test as part of a cooperative program on {topic}.",
                    "The test followed {count} earlier trials that were conducted at {place} since {prevYear}."),
            "ceremony", List.of(
                    "{second} previously served at {command} headquarters and led a battalion during a deployment to {place}.",
                    "The outgoing commander will move to a new assignment overseeing {topic} programs.",
                    "The {unit} has about {troops} personnel and recently completed training with forces from {partner}.",
                    "{leadLast} praised the unit's work with the {system} and its readiness for missions across {command}.",
                    "Families, local officials and representatives of {partner} attended the ceremony."));

    static final List<String> QUOTES = List.of(
            "Our [partnership|relationship|cooperation] with {partner} has never been [stronger|closer|more important], and {topic} is where we will [build on it|invest|focus] [next|in {nextMonth}|this year]",
            "We are going to keep working with {partner} to make sure the {unit} has [what it needs|the tools it needs|every resource it needs] to [deter aggression|keep the peace|respond quickly]",
            "The {system} gives [our forces|our troops|our crews] and our partners a capability that [simply|frankly] did not exist [a few years ago|before {prevYear}|a decade ago]",
            "I want to thank the [men and women|soldiers|sailors and Marines|airmen] of the {unit} for their [professionalism|dedication|hard work] [and their commitment to this mission|during {exercise}|at {place}]",
            "We will continue to invest in {topic} because [our competitors|potential adversaries|the threats we face] are not standing still",
            "This is about readiness, and the work done at {place} makes [every one of our units|the {unit}|our whole force] more [ready|capable|lethal]",
            "{Partner} has been a [steadfast|trusted|reliable] ally, and this [decision|step|agreement] reflects the trust between our [two militaries|two nations|armed forces]",
            "Every dollar [in this effort|of the {money}|we spend here] goes toward [capabilities|equipment|training] that our commanders at {command} have asked for",
            "The lessons we learned during {exercise} will shape how we [train and fight|plan and operate|equip the {unit}] for years to come",
            "We owe it to our service members and their families to get {topic} right, and [that is what this is about|we intend to do exactly that|{leadLast} has made that clear]");

    static final List<String> CONTEXT = List.of(
            "The [announcement|decision|step] comes as {command} [expands|deepens|broadens] its cooperation with [partners|allies|{partner} and others] on {topic}.",
            "The United States and {partner} signed a defense cooperation agreement in {prevYear} that [expanded access for U.S. forces|opened {count} new sites to U.S. forces|set rules for joint training].",
            "{Partner} hosts about {troops} U.S. service members [on a rotational basis|at {count} locations|near {place}].",
            "The Defense Department has made {topic} a [priority|central goal|key focus] in its budget request for [the coming fiscal year|{year}|the next five years].",
            "Congress approved [funding|{money}] for the {system} program in {prevYear} [with broad bipartisan support|after a lengthy debate|as part of the annual defense bill].",
            "The {unit} has taken part in {count} multinational exercises since {prevYear}[| including {exercise}| with forces from {partner}].",
            "[Officials said|Planners said|A spokesperson said] a follow-on meeting on {topic} is planned for {nextMonth}.",
            "The effort builds on a {money} investment announced [last year|in {prevYear}|earlier] for [infrastructure|housing and runways|training ranges] at {place}.");

    static final List<String> CLOSINGS = List.of(
            "Further details will be released by {command} [in the coming weeks|by {nextMonth}|after the review].",
            "A readout of the [discussions|talks|meeting with {partnerOfficial}] will be published by the department.",
            "The department will provide updates as the [effort|work on {topic}|{system} program] progresses.",
            "{leadLast} is scheduled to travel to {partner} [later this year|in {nextMonth}|before the end of {year}].");

    /** Grammar for extra fact sentences, so no two stories share their skeleton. */
    static final List<String> ACTORS = List.of("{leadLast}", "The {unit}", "Officials from {command}",
            "{Partner}'s armed forces", "A team of {count} engineers", "{second}", "Planners at {place}");
    static final List<String> ACTIONS = List.of("will oversee", "completed", "has requested", "is expected to finalize",
            "began planning", "reviewed", "approved", "will evaluate");
    static final List<String> OBJECTS = List.of("a {money} upgrade of the {system} fleet",
            "the transfer of {count} {system} units to {partner}", "a new training program on {topic}",
            "repairs to the runway at {place}", "a survey of {topic} requirements across {command}",
            "the rotation of {troops} troops to {place}");
    static final List<String> MODIFIERS = List.of("by the end of {nextMonth}", "before the next fiscal year",
            "in coordination with {partner}", "under an agreement signed in {prevYear}",
            "following a request from {partnerOfficial}", "as part of {exercise}");

    /**
     * Grammar for a different story about the same event: reactions and commentary. Built from parts so
     * that two such stories do not share sentences, as two real articles would not.
     */
    static final List<String> REACTION_SUBJECTS = List.of("{partnerOfficial}", "Opposition lawmakers in {partner}",
            "Residents near {place}", "A spokesperson for the {unit}", "Analysts at a {partner} research group",
            "Aides to {leadLast}", "Budget watchdogs in Washington", "Veterans groups", "Local officials in {partner}",
            "Executives at two defense contractors", "A pair of senators", "A former {partner} defense chief",
            "Union leaders at {place}", "Human rights advocates");
    static final List<String> REACTION_VERBS = List.of("questioned", "welcomed", "criticized", "praised",
            "raised doubts about", "called for a review of", "defended", "downplayed", "asked for details on",
            "warned about", "complained about", "applauded");
    static final List<String> REACTION_OBJECTS = List.of("the cost of the {eventType}", "the timing of the news",
            "plans for {place}", "the role of the {unit}", "the {extra} figure cited by officials",
            "the emphasis on {topic}", "the lack of detail about {system} deliveries",
            "the long-term budget of the arrangement", "how {count} new positions will be filled",
            "the secrecy surrounding the talks", "what {partner} gets in return", "the environmental impact near {place}");
    static final List<String> REACTION_TAILS = List.of(" on {weekday}", " in an interview", " in a statement",
            " during a radio debate", " at a news conference", " in a social media post",
            " ahead of the {year} budget debate", "", " according to people familiar with the matter",
            " while visiting {place}");
    static final List<String> FOLLOW_UP_OPENERS = List.of(
            "[Reactions|Responses] to the {eventType} with {partner} [poured in|kept coming|were divided] on {weekday}.",
            "The {eventType} announced by {lead} drew [mixed|sharp|cautious] [reactions|responses] in {partner}.",
            "[Debate|Argument|Discussion] over the {eventType} involving {partner} [intensified|continued|spread] this week.");
    static final List<String> ANALYST_QUOTES = List.of(
            "[Washington|The government|Both capitals] [needs to|should|will have to] [explain|justify|rethink] [the cost|the plan for {place}|the role of the {unit}] [before {year} ends|to taxpayers|to {partner}]",
            "[Nobody|No one] [should expect|can promise] [this|the {eventType}|a single visit] to [change much|settle anything|fix {topic}] [overnight|this year|by {nextMonth}]");

    private StoryTemplates() {
    }
}
